using Regie.Core.Results;

namespace Regie.Workplace.Literacy;

/// <summary>The actor is not a member (a command-line or system actor): a self-assessment belongs to a person.</summary>
public sealed record NotAPerson() : ConflictError("Only a member can take the self-assessment or keep their own training.");

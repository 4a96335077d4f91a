using Regie.Core.Results;

namespace Regie.Cli.Commands.Workplace;

/// <summary>Something the command line looked up does not exist (exit code 4); the message is already in the chosen language.</summary>
internal sealed record CliNotFound(string Message) : NotFoundError(Message);

/// <summary>The command cannot run in the current state (exit code 5); the message is already in the chosen language.</summary>
internal sealed record CliConflict(string Message) : ConflictError(Message);

using Regie.Core.Results;

namespace Regie.Workplace.Measures;

/// <summary>The measure flow has no such move.</summary>
public sealed record MeasureMoveNotAllowed(MeasureStatus From, MeasureStatus To)
    : ConflictError($"A measure cannot move from {From} to {To}.");

/// <summary>Works-council verification applies to measures that need it, once they are done.</summary>
public sealed record NotReadyForWorksCouncil(Guid Id)
    : ConflictError($"Measure {Id} does not need the works council's verification, is not done yet, or was verified already.");

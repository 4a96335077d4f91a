namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The exposure layer the shock is allocated by: one score per occupation of the population's code list (null
/// where the index reaches none of the group's unit groups), with the index that produced it.
/// </summary>
/// <param name="IndexId">Atlas index id, e.g. "ilo-2025".</param>
/// <param name="Scores">Score per occupation, in <c>PopulationCodes.Occupations</c> order.</param>
public sealed record OccupationExposure(string IndexId, IReadOnlyList<double?> Scores);

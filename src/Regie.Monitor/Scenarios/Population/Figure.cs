namespace Regie.Monitor.Scenarios.Population;

/// <summary>A published number the synthesis calibrates to, with where it comes from.</summary>
/// <param name="Value">The number in its natural unit (persons, households, a share in [0, 1], euros).</param>
/// <param name="SourceId">Id of the source in data/sources.json (e.g. "cbs-37620").</param>
/// <param name="Table">The publisher's table id (e.g. "37620").</param>
/// <param name="Period">The period the number describes, as the publisher labels it (e.g. "2024", "2025 Q4").</param>
public sealed record Figure(double Value, string SourceId, string Table, string Period);

using System.Text.Json.Serialization;

namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>One calibrated marginal: its target, the synthetic population's weighted value and whether they agree.</summary>
/// <param name="Theme">households, persons, education, labour, occupation, sector, region, pay or income.</param>
/// <param name="Marginal">Stable key of the measure, e.g. "households.type" or "pay.p50".</param>
/// <param name="Subject">What the row is about within the measure (a household type, a BRC group, a province), or "".</param>
/// <param name="Target">The published (or derived) value.</param>
/// <param name="Synthetic">The synthetic population's weighted value.</param>
/// <param name="Unit">households, persons, share, persons per household, euro per hour or euro per year.</param>
/// <param name="SourceId">Source id(s) in data/sources.json, "+"-joined when a target combines sources.</param>
/// <param name="Table">Table id(s).</param>
/// <param name="Period">Period(s) of the target.</param>
/// <param name="Tolerance">Largest absolute difference accepted, in the row's unit (see <see cref="ToleranceRule"/>).</param>
/// <param name="ToleranceRule">How the tolerance was set, e.g. "0.5 % or 3 records".</param>
public sealed record ValidationRow(
    string Theme,
    string Marginal,
    string Subject,
    double Target,
    double Synthetic,
    string Unit,
    string SourceId,
    string Table,
    string Period,
    double Tolerance,
    string ToleranceRule)
{
    /// <summary>Synthetic − target.</summary>
    public double AbsoluteDifference => Synthetic - Target;

    /// <summary>(Synthetic − target) / target; null when the target is 0.</summary>
    public double? RelativeDifference => Target != 0 ? (Synthetic - Target) / Target : null;

    /// <summary>True when |synthetic − target| ≤ tolerance.</summary>
    [JsonPropertyName("ok")]
    public bool Ok => Math.Abs(Synthetic - Target) <= Tolerance;
}

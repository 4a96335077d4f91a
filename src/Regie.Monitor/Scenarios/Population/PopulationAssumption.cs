namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// One assumption the synthesis makes where the shipped data say nothing: what it is, the value used, why, and
/// which data would replace it. Shown in every validation report.
/// </summary>
/// <param name="Id">Stable id, e.g. "age.aow-in-private-households".</param>
/// <param name="Text">What is assumed (English).</param>
/// <param name="Value">The value or values used, as text.</param>
/// <param name="Why">Why this value.</param>
/// <param name="ReplaceWith">The data that would replace the assumption.</param>
/// <param name="Status">How firm the value is.</param>
public sealed record PopulationAssumption(string Id, string Text, string Value, string Why, string ReplaceWith, AssumptionStatus Status);

/// <summary>How firm an assumption's value is (the convention of the domain notes).</summary>
public enum AssumptionStatus
{
    /// <summary>Our own estimate; replace when data arrive.</summary>
    Estimate = 0,

    /// <summary>From general knowledge or a single secondary source; check against the named primary source.</summary>
    Verify = 1,

    /// <summary>A published value taken from a secondary source (e.g. a legal amount quoted by a municipality).</summary>
    Secondary = 2,

    /// <summary>A method choice, not a number (how the data are combined).</summary>
    Method = 3,
}

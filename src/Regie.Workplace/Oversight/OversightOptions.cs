using System.ComponentModel.DataAnnotations;

namespace Regie.Workplace.Oversight;

/// <summary>
/// Thresholds of the oversight dashboard (configuration section "Oversight"). The rubber-stamp rule
/// (<see cref="RubberStampRule"/>) flags an overseer or a system when, within the window, at least
/// <see cref="RubberStampMinimumCases"/> cases were logged, at least <see cref="RubberStampAcceptance"/> of them were
/// accepted as they were, and the median review time is below <see cref="RubberStampMedianSeconds"/>. The defaults
/// (50 cases, 98 %, 10 s, 90 days) are Regie's own starting point for a one-click-accept pattern (Algoritmekader
/// measure 6-imp-03: a one-click accept is not oversight); organisations tune them to their case types.
/// </summary>
public sealed class OversightOptions
{
    public const string Section = "Oversight";

    [Range(1, 100_000)]
    public int RubberStampMinimumCases { get; set; } = 50;

    [Range(0.5, 1.0)]
    public double RubberStampAcceptance { get; set; } = 0.98;

    [Range(1, 3_600)]
    public double RubberStampMedianSeconds { get; set; } = 10;

    /// <summary>The dashboards look at the cases of this many days up to today.</summary>
    [Range(7, 3_660)]
    public int WindowDays { get; set; } = 90;
}

/// <summary>The rubber-stamp rule of <see cref="OversightOptions"/>.</summary>
public static class RubberStampRule
{
    /// <summary>True when the figures look like approval without review.</summary>
    public static bool Flags(OversightFigures figures, OversightOptions options) =>
        figures.Cases >= options.RubberStampMinimumCases
        && figures.AcceptanceRate >= options.RubberStampAcceptance
        && figures.MedianSeconds < options.RubberStampMedianSeconds;
}

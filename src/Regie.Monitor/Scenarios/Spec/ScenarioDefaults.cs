namespace Regie.Monitor.Scenarios.Spec;

/// <summary>Values a scenario file may leave out: the JR16 central case on the law of 1 January 2026.</summary>
public static class ScenarioDefaults
{
    public static DateOnly LawDate { get; } = new(2026, 1, 1);

    public const int StartYear = 2027;

    public const int HorizonYears = 10;

    public const string ExposureIndex = "ilo-2025";

    /// <summary>"One in 14" employees (JR16 central; a calibration convention, not a forecast).</summary>
    public const double DisplacementShare = 0.07;

    /// <summary>JR16 central survivor wage growth.</summary>
    public const double SurvivorWageGrowth = 0.026;

    public const double HoursCutShare = 0.2;

    /// <summary>The full shock is reached within the first year (as the static anchors assume).</summary>
    public static IReadOnlyList<double> PhaseIn { get; } = [1.0];
}

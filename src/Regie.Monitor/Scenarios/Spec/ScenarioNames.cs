namespace Regie.Monitor.Scenarios.Spec;

/// <summary>The spellings of the scenario enums in files, URLs and JSON (kebab-case).</summary>
public static class ScenarioNames
{
    private static readonly Dictionary<Incidence, string> IncidenceNames = new()
    {
        [Incidence.ExposureProportional] = "exposure-proportional",
        [Incidence.JuniorConcentrated] = "junior-concentrated",
        [Incidence.Uniform] = "uniform",
        [Incidence.TopLoaded] = "top-loaded",
        [Incidence.ExpertiseCompression] = "expertise-compression",
    };

    private static readonly Dictionary<AdjustmentMargin, string> MarginNames = new()
    {
        [AdjustmentMargin.JobLoss] = "job-loss",
        [AdjustmentMargin.WageCut] = "wage-cut",
        [AdjustmentMargin.Hours] = "hours",
        [AdjustmentMargin.Mixed] = "mixed",
    };

    /// <summary>Accepted incidence names, in order.</summary>
    public static IReadOnlyList<string> Incidences { get; } = [.. IncidenceNames.Values];

    /// <summary>Accepted margin names, in order.</summary>
    public static IReadOnlyList<string> Margins { get; } = [.. MarginNames.Values];

    public static string Of(Incidence incidence) => IncidenceNames[incidence];

    public static string Of(AdjustmentMargin margin) => MarginNames[margin];

    public static Incidence? ParseIncidence(string? text) =>
        IncidenceNames.FirstOrDefault(p => p.Value == text?.Trim().ToLowerInvariant()) is { Value: not null } hit ? hit.Key : null;

    public static AdjustmentMargin? ParseMargin(string? text) =>
        MarginNames.FirstOrDefault(p => p.Value == text?.Trim().ToLowerInvariant()) is { Value: not null } hit ? hit.Key : null;
}

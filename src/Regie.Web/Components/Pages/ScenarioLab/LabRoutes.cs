namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>The scenario lab's page addresses.</summary>
internal static class LabRoutes
{
    public const string Lab = "/scenariolab";

    public const string Household = "/scenariolab/huishouden";

    public static string Run(string id) => $"/scenariolab/runs/{id}";

    public static string Saved(string id) => $"/scenariolab/s/{id}";

    /// <summary>The lab's form filled from a saved scenario.</summary>
    public static string Adjust(string savedId) => $"/scenariolab?saved={Uri.EscapeDataString(savedId)}#parameters";

    /// <summary>The lab's form filled from a preset.</summary>
    public static string AdjustPreset(string presetId) => $"/scenariolab?preset={Uri.EscapeDataString(presetId)}#parameters";
}

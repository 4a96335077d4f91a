namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>A scenario pasted as YAML or JSON, and which button was pressed ("run" or "save").</summary>
public sealed class ScenarioTextForm
{
    public string? Text { get; set; }

    public string? Action { get; set; }

    public bool IsSave => string.Equals(Action, "save", StringComparison.Ordinal);
}

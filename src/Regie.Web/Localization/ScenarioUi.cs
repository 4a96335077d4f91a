namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the scenario lab's texts: ScenarioUi.resx (Dutch, the default) and ScenarioUi.en.resx (English).
/// Kept apart from Ui.resx so the lab's pages can grow without editing the atlas's file.
/// </summary>
internal sealed class ScenarioUi;

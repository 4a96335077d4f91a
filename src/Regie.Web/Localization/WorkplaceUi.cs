namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the Workplace texts for organisations, their structure, job profiles and people:
/// WorkplaceUi.resx (Dutch, the default) and WorkplaceUi.en.resx (English). Kept apart from Ui.resx so these pages
/// and the AI register pages can grow without editing one file.
/// </summary>
internal sealed class WorkplaceUi;

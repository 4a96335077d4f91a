namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the AI literacy texts: LiteracyUi.resx (Dutch, the default) and LiteracyUi.en.resx (English), for the
/// self-assessment, one's own standing, requirements, figures and training pages (issue 5, item 6).
/// </summary>
internal sealed class LiteracyUi;

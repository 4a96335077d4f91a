namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the oversight texts: OversightUi.resx (Dutch, the default) and OversightUi.en.resx (English), for the
/// oversight design, dashboard and log, API key and own-figures pages (issue 5 item 5).
/// </summary>
internal sealed class OversightUi;

namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the concern and request texts (issue 5, item 4: voice): VoiceUi.resx (Dutch, the default) and
/// VoiceUi.en.resx (English), for the public reporting pages, the handlers' pages and the request pages. Plain
/// language (B1) for workers.
/// </summary>
internal sealed class VoiceUi;

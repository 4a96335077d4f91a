namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the pulse texts: PulseUi.resx (Dutch, the default) and PulseUi.en.resx (English), for the pulse
/// pages and the public answer page. The questions themselves come from the instrument file.
/// </summary>
internal sealed class PulseUi;

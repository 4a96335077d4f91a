namespace Regie.Web.Localization;

/// <summary>Marker type of the interface texts: Ui.resx (Dutch, the default) and Ui.en.resx (English).</summary>
internal sealed class Ui;

namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the measure texts: MeasureUi.resx (Dutch, the default) and MeasureUi.en.resx (English), for the
/// pages where an owner moves a measure and the works council verifies or sends back its conditions.
/// </summary>
internal sealed class MeasureUi;

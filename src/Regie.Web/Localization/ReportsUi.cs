namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the report texts (issue 5, item 7): ReportsUi.resx (Dutch, the default) and ReportsUi.en.resx
/// (English), for the works-council dossier, the deployer documentation and the board summary.
/// </summary>
internal sealed class ReportsUi;

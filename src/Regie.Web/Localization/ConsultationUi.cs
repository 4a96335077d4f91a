namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the consultation texts: ConsultationUi.resx (Dutch, the default) and ConsultationUi.en.resx
/// (English), for the works-council procedure, worker notice and GDPR art. 35(9) pages and their gate messages.
/// </summary>
internal sealed class ConsultationUi;

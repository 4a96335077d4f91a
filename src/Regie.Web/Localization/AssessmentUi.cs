namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the job impact assessment texts: AssessmentUi.resx (Dutch, the default) and AssessmentUi.en.resx
/// (English), for the assessment list and assessment pages. Signal texts come from the instrument itself.
/// </summary>
internal sealed class AssessmentUi;

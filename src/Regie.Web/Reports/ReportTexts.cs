using System.Globalization;
using Microsoft.Extensions.Localization;
using Regie.Core.Documents;
using Regie.Core.Results;
using Regie.Web.Localization;
using Regie.Workplace;

namespace Regie.Web.Reports;

/// <summary>
/// The words of the reports in the reader's language: the report texts (<see cref="ReportsUi"/>) and the names of
/// values the feature pages already translate (statuses, kinds, positions), so a report and a page never disagree.
/// </summary>
internal sealed class ReportTexts(
    IStringLocalizer<ReportsUi> reports,
    IStringLocalizer<RegisterUi> register,
    IStringLocalizer<AssessmentUi> assessment,
    IStringLocalizer<ConsultationUi> consultation,
    IStringLocalizer<PulseUi> pulse,
    IStringLocalizer<OversightUi> oversight,
    IStringLocalizer<VoiceUi> voice,
    IStringLocalizer<LiteracyUi> literacy)
{
    public IStringLocalizer<ReportsUi> R => reports;

    public IStringLocalizer<RegisterUi> Register => register;

    public IStringLocalizer<AssessmentUi> Assessment => assessment;

    public IStringLocalizer<ConsultationUi> Consultation => consultation;

    public IStringLocalizer<PulseUi> Pulse => pulse;

    public IStringLocalizer<OversightUi> Oversight => oversight;

    public IStringLocalizer<VoiceUi> Voice => voice;

    public IStringLocalizer<LiteracyUi> Literacy => literacy;

    /// <summary>"nl" or "en".</summary>
    public static string Language => UiCultures.IsEnglish ? "en" : "nl";

    public static bool English => UiCultures.IsEnglish;

    public string this[string key] => reports[key];

    public string this[string key, params object[] arguments] => reports[key, arguments];

    public ReportLabels Labels => new(R["Produced"], R["Sources"], R["Page"], R["Contents"], R["Source"]);

    public string YesNo(bool value) => value ? R["Yes"] : R["No"];

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) ?? "";

    public static string Moment(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture) + (at is null ? "" : " UTC");

    /// <summary>A moment in the offset it carries (the production time, already in Amsterdam time).</summary>
    public static string Local(DateTimeOffset at) => at.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Percent(double? share) => share?.ToString("P0", CultureInfo.CurrentCulture) ?? "";

    public static string Number(double? value, string format = "0.#") => value?.ToString(format, CultureInfo.CurrentCulture) ?? "";

    /// <summary>A part the reader may not see (or could not be read) says so, rather than disappearing.</summary>
    public ReportNotice Unavailable(Error error) =>
        new(error is NotAllowed ? R["PartNotAllowed"] : R["PartUnavailable", error.Message], ReportNoticeKind.Info);
}

using System.Text.RegularExpressions;
using Regie.Web.Tests.Workplace.Register;

namespace Regie.Web.Tests.Workplace.Consultation;

/// <summary>Runs works-council procedures and the worker notice through the consultation pages' forms, each by its role.</summary>
internal static partial class ConsultationSteps
{
    public static string Dossier(Guid org, Guid system) => $"/werkplek/{org}/ai-systemen/{system}/inspraak";

    public static string Procedure(Guid org, Guid procedure) => $"/werkplek/{org}/inspraak/{procedure}";

    /// <summary>The owner starts a request of <paramref name="kind"/> (Advice or Consent) with the prefilled grounds and sends it.</summary>
    public static async Task<Guid> StartAndSendAsync(this PageBrowser owner, Guid org, Guid system, string kind)
    {
        var page = await owner.PageAsync($"{Dossier(org, system)}?soort={kind}");
        var grounds = CheckedGrounds().Matches(PageBrowser.Form(page, "start")).Select(m => new KeyValuePair<string, string>("LegalGrounds", m.Groups[1].Value));
        var location = await owner.SubmitAndFollowAsync($"{Dossier(org, system)}?soort={kind}", "start",
        [
            .. grounds,
            new("Kind", kind), new("Motives", "Minder fouten in het rooster."), new("Consequences", "Planners controleren voorstellen."),
            new("ProposedMeasures", "- Training voor planners"), new("RequiredBeforeUse", "true"), new("AnswerTermMonths", "1"), new("EvaluationOn", ""),
        ]);
        var id = Guid.Parse(ProcedureId().Match(location).Groups[1].Value);
        await owner.SubmitAndFollowAsync(Procedure(org, id), "send", []);
        return id;
    }

    public static async Task RecordMeetingAsync(this PageBrowser member, Guid org, Guid procedure, string heldOn) =>
        await member.SubmitAndFollowAsync(Procedure(org, procedure), "meeting", [new("HeldOn", heldOn), new("Minutes", "Aanvraag besproken.")]);

    public static async Task GivePositionAsync(this PageBrowser council, Guid org, Guid procedure, string position, string text = "", string conditions = "") =>
        await council.SubmitAndFollowAsync(Procedure(org, procedure), "position", [new("Position", position), new("Text", text), new("Conditions", conditions)]);

    public static async Task NotifyAsync(this PageBrowser executive, Guid org, Guid procedure, string notifiedOn) =>
        await executive.SubmitAndFollowAsync(Procedure(org, procedure), "decision",
            [new("Decision", "We voeren het systeem in zoals voorgesteld."), new("NotifiedOn", notifiedOn), new("DeviationReasons", "")]);

    public static async Task CloseAsync(this PageBrowser member, Guid org, Guid procedure) =>
        await member.SubmitAndFollowAsync(Procedure(org, procedure), "close", [new("Note", "")]);

    /// <summary>Writes the worker notice to every audience and records it as sent.</summary>
    public static async Task SendNoticeAsync(this PageBrowser owner, Guid org, Guid system)
    {
        await owner.SubmitAndFollowAsync(Dossier(org, system), "notice",
        [
            new("Audience", "Representatives"), new("Audience", "AffectedWorkers"), new("Audience", "DecisionSubjects"),
            new("What", "Een programma stelt het rooster voor."), new("Why", "Minder fouten."), new("Decisions", "Het stelt voor, een planner beslist."),
            new("Oversight", "De planner kijkt alles na."), new("Rights", "U kunt uitleg vragen."), new("Contact", "Team Planning"), new("Channel", "E-mail"),
        ]);
        var page = await owner.PageAsync(Dossier(org, system));
        await owner.SubmitAndFollowAsync(Dossier(org, system), NoticeSendForm().Match(page).Value, []);
    }

    /// <summary>The edit forms of the duties that must be met before use, from the AI system page.</summary>
    public static IEnumerable<string> BeforeUseDutyForms(string page) =>
        DutyArticle().Matches(page).Where(m => m.Value.Contains("data-before-use=\"true\"", StringComparison.Ordinal)).Select(m => m.Groups["form"].Value);

    [GeneratedRegex("<article class=\"regie-duty\" id=\"duty-[^\"]+\" data-duty=\"(?<kind>[A-Za-z0-9_]+)\">.*?name=\"_handler\" value=\"(?<form>duty-[0-9a-f-]+)\"", RegexOptions.Singleline)]
    private static partial Regex DutyArticle();

    [GeneratedRegex("name=\"LegalGrounds\"[^>]*value=\"([A-Za-z0-9_]+)\"[^>]*checked|value=\"([A-Za-z0-9_]+)\"[^>]*name=\"LegalGrounds\"[^>]*checked")]
    private static partial Regex CheckedGrounds();

    [GeneratedRegex("/inspraak/([0-9a-f-]{36})")]
    private static partial Regex ProcedureId();

    [GeneratedRegex("notice-send-[0-9a-f-]{36}")]
    private static partial Regex NoticeSendForm();
}

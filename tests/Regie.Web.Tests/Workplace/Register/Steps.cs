using System.Text.RegularExpressions;
using Regie.Workplace.Screening;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>Steps the register page tests share: filling the register form, moving, screening.</summary>
internal static partial class Steps
{
    public static string Systems(Guid org) => $"/werkplek/{org}/ai-systemen";

    public static string NewSystem(Guid org) => $"/werkplek/{org}/ai-systemen/nieuw";

    public static string System(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}";

    public static string Screening(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/screening";

    /// <summary>A complete, valid register form for a rostering assistant that can monitor staff.</summary>
    public static List<KeyValuePair<string, string>> RosterAssistant(Guid workerGroup, string name = "Roosterassistent") =>
    [
        new("Name", name),
        new("Purpose", "Maakt elke week een voorstel voor het rooster op basis van de verwachte drukte."),
        new("Provider", "Voorbeeld Software B.V."),
        new("Version", "3.2"),
        new("DecisionTypes", "Scheduling"),
        new("DecisionTypes", "TaskAllocation"),
        new("DataUsed", "Roosters, beschikbaarheid, verkoop per uur"),
        new("MonitoringCapable", "true"),
        new("WorkerGroupIds", workerGroup.ToString()),
        new("PlainLanguageSummary", "Het systeem stelt het weekrooster voor. Een planner kijkt het na en beslist."),
        new("ContactPoint", "Team Planning, planning@voorbeeld.nl"),
    ];

    /// <summary>Registers a system through the form and returns its id.</summary>
    public static async Task<Guid> RegisterSystemAsync(this PageBrowser owner, Guid org, Guid workerGroup, string name = "Roosterassistent")
    {
        var location = await owner.SubmitAndFollowAsync(NewSystem(org), "ai-system", RosterAssistant(workerGroup, name));
        return Guid.Parse(SystemId().Match(location).Groups[1].Value);
    }

    /// <summary>Makes one or more lifecycle moves with the move buttons of the system page.</summary>
    public static async Task MoveAsync(this PageBrowser member, Guid org, Guid id, params string[] steps)
    {
        foreach (var step in steps)
        {
            await member.SubmitAndFollowAsync(System(org, id), $"move-{step}", []);
        }
    }

    /// <summary>Runs the screening form with the given answers and returns the page answered on the post.</summary>
    public static async Task<string> ScreenAsync(this PageBrowser member, Guid org, Guid id, ScreeningAnswers answers)
    {
        var (status, page) = await member.SubmitForPageAsync(Screening(org, id), "screening", Fields(answers));
        Assert.Equal(global::System.Net.HttpStatusCode.OK, status);
        return page;
    }

    /// <summary>Answers as the screening form posts them: each question by its property name; null as "not answered".</summary>
    public static List<KeyValuePair<string, string>> Fields(ScreeningAnswers answers) =>
    [
        .. ScreeningTexts.QuestionOrder.Select(q => new KeyValuePair<string, string>(q, typeof(ScreeningAnswers).GetProperty(q)!.GetValue(answers) switch
        {
            null => "",
            bool b => b ? "true" : "false",
            var value => value.ToString()!, // enums by name, text as it is
        })),
    ];

    [GeneratedRegex("/ai-systemen/([0-9a-f-]{36})")]
    private static partial Regex SystemId();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Account;
using Regie.Workplace.JobProfiles;

namespace Regie.Web.Tests.Workplace;

[Collection(WorkplacePagesCollection.Name)]
public sealed partial class JobProfilePagesTests(AccountHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Searching_lists_ISCO_unit_groups_and_ESCO_occupations_that_link_to_step_two()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Gemeente Zandvoort aan Zee");

        var page = await admin.GetStringAsync($"/werkplek/{id}/functies/nieuw?q=kantoorbediende");

        Assert.Contains("data-field=\"occupation-matches\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{id}/functies/nieuw?q=kantoorbediende&amp;isco=4110", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_profile_made_from_ISCO_4110_starts_with_the_ILO_tasks_and_their_source()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Verzekeraar Zeker");
        var expected = (await host.Services.GetRequiredService<IOccupationTasks>().GetTasksAsync("4110", null, Ct))!; // 4110 is a unit group in the shipped data

        var step2 = await admin.GetStringAsync($"/werkplek/{id}/functies/nieuw?isco=4110");
        using var created = await admin.SubmitAsync($"/werkplek/{id}/functies/nieuw?isco=4110", "new-job-profile",
            new Dictionary<string, string> { ["Input.Title"] = "Medewerker backoffice", ["Input.IscoCode"] = "4110" });
        var profile = await admin.GetStringAsync(created.Target());

        Assert.Contains("Recording, preparing, sorting, classifying and filing information;", step2, StringComparison.Ordinal);
        Assert.Contains("Gmyrek et al. (2025), ILO Working Paper 140", step2, StringComparison.Ordinal);
        Assert.Matches(ProfilePath(), created.Target());
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Medewerker backoffice</h1>", profile, StringComparison.Ordinal);
        Assert.NotEmpty(expected.Tasks);
        Assert.Equal(expected.Tasks.Select(t => t.Text), TaskTexts(profile));
        Assert.Contains("De taken van de ILO zijn in het Engels", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_ILO_task_makes_it_the_organisations_own_and_says_it_was_adapted()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var (id, profilePath) = await ProfileAsync(admin, "Drukkerij Letter");
        var taskId = TaskIds(await admin.GetStringAsync(profilePath))[0];

        using var saved = await admin.SubmitAsync($"{profilePath}?taak={taskId}", "[edit-task]task", new Dictionary<string, string>
        {
            ["Input.TaskId"] = taskId,
            ["Input.Text"] = "Informatie vastleggen, sorteren en archiveren",
            ["Input.TimeSharePercent"] = "40 %",
        });
        var profile = await admin.GetStringAsync(profilePath);

        Assert.Equal($"{profilePath}#taken", saved.Target());
        Assert.Matches(
            $"<tr class=\"utrecht-table__row\" id=\"taak-{taskId}\">\\s*<td[^>]*>1</td>\\s*<td class=\"utrecht-table__cell\"><span>Informatie vastleggen, sorteren en archiveren</span></td>\\s*"
            + "<td class=\"utrecht-table__cell\">ILO, aangepast</td>\\s*<td[^>]*>40 %</td>", profile);
        Assert.Contains("Samen 40 % van de werktijd.", profile, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task An_own_task_is_added_and_a_task_removed()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var (_, profilePath) = await ProfileAsync(admin, "Reisbureau Verweg");
        var before = TaskIds(await admin.GetStringAsync(profilePath));

        using var added = await admin.SubmitAsync(profilePath, "[add-task]task", new Dictionary<string, string> { ["Input.Text"] = "Klanten bellen over hun reis", ["Input.TimeSharePercent"] = "" });
        using var removed = await admin.SubmitAsync(profilePath, "remove-task", new Dictionary<string, string> { ["Remove.TaskId"] = before[0] });
        var profile = await admin.GetStringAsync(profilePath);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Matches("<span>Klanten bellen over hun reis</span></td>\\s*<td class=\"utrecht-table__cell\">eigen taak</td>", profile);
        Assert.DoesNotContain(before[0], profile, StringComparison.Ordinal);
        Assert.Equal(before.Count, TaskIds(profile).Count);
    }

    [Fact]
    public async Task A_share_of_time_that_is_no_number_is_refused_beside_the_field()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var (_, profilePath) = await ProfileAsync(admin, "Tandartspraktijk Bit");

        using var response = await admin.SubmitAsync(profilePath, "[add-task]task", new Dictionary<string, string> { ["Input.Text"] = "Afspraken plannen", ["Input.TimeSharePercent"] = "veel" });
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"new-task-share-error\">Vul het aandeel tijd in als heel getal van 0 tot en met 100, of laat het leeg.</div>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"new-task-share\"[^>]*value=\"veel\"", page);
    }

    [Fact]
    public async Task A_member_without_the_right_sees_the_tasks_but_no_forms_and_cannot_open_step_one()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var (id, profilePath) = await ProfileAsync(admin, "Ziekenhuis Midden");
        using var reviewer = await host.JoinAsync(admin, id, "Rob Toets", "Reviewer");

        var profile = await reviewer.GetStringAsync(profilePath);
        using var newProfile = await reviewer.GetAsync($"/werkplek/{id}/functies/nieuw");

        Assert.NotEmpty(TaskIds(profile));
        Assert.False(WorkplaceSteps.HasForm(profile, "[add-task]task"));
        Assert.False(WorkplaceSteps.HasForm(profile, "edit-job-profile"));
        Assert.DoesNotContain("?taak=", profile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, newProfile.StatusCode);
    }

    private static async Task<(Guid Id, string ProfilePath)> ProfileAsync(AccountClient admin, string organisation)
    {
        var id = await admin.CreateOrganisationAsync(organisation);
        using var created = await admin.SubmitAsync($"/werkplek/{id}/functies/nieuw?isco=4110", "new-job-profile",
            new Dictionary<string, string> { ["Input.Title"] = "Administratief medewerker", ["Input.IscoCode"] = "4110" });
        return (id, created.Target());
    }

    private static List<string> TaskIds(string page) => [.. TaskRow().Matches(page).Select(m => m.Groups[1].Value)];

    private static List<string> TaskTexts(string page) =>
        [.. TaskText().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("^/werkplek/[0-9a-f-]{36}/functies/[0-9a-f-]{36}$")]
    private static partial Regex ProfilePath();

    [GeneratedRegex("<tr class=\"utrecht-table__row\" id=\"taak-([0-9a-f-]{36})\">")]
    private static partial Regex TaskRow();

    [GeneratedRegex("<td class=\"utrecht-table__cell\"><span lang=\"en\">([^<]*)</span></td>")]
    private static partial Regex TaskText();
}

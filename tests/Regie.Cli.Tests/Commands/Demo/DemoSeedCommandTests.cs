using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Demo;

public sealed class DemoSeedCommandTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly string[] EveryRole =
        ["org-admin", "system-owner", "assessor", "reviewer", "privacy-officer", "executive", "works-council", "external-expert", "union-rep", "overseer", "employee", "auditor", "survey-steward"];

    [Fact]
    public async Task The_demo_organisation_has_a_member_per_role_on_a_fictitious_address()
    {
        var run = await demo.Home.RunAsync("org", "members", demo.OrganisationId, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var members = json.RootElement.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(EveryRole.Order(StringComparer.Ordinal), members.Select(m => m.GetProperty("roles").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(members, m => Assert.EndsWith("@voorbeeldhaven.example", m.GetProperty("email").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, json.RootElement.GetProperty("pendingInvitations").GetArrayLength());
    }

    [Fact]
    public async Task The_four_AI_systems_are_in_their_expected_statuses()
    {
        var run = await demo.Home.RunAsync("org", "show", demo.OrganisationId, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var systems = json.RootElement.GetProperty("aiSystems").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => (Status: s.GetProperty("status").GetString(), Class: s.GetProperty("riskClass").GetString()));
        Assert.Equal(("live", "high-risk"), systems["RoosterWijzer (demo)"]);
        Assert.Equal(("live", "limited"), systems["Vraagbaak HR (demo)"]);
        Assert.Equal(("blocked", "prohibited"), systems["Stemmingsmeter (demo)"]);
        Assert.Equal(("consultation", "high-risk"), systems["CV-Filter (demo)"]);
    }

    [Fact]
    public async Task One_system_went_the_whole_walk_with_each_role_doing_its_part()
    {
        var run = await demo.Home.RunAsync("org", "audit", demo.OrganisationId, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var events = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (Type: e.GetProperty("entityType").GetString(), Actor: e.GetProperty("actorName").GetString())).ToList();
        string[] steps = ["JobImpactAssessment", "Opinion", "Measure", "ConsultationProcedure", "WorkerNotice", "DpiaOpinion", "PulseSurvey", "PulseWave", "OversightDesign", "OversightEvent"];
        Assert.All(steps, step => Assert.Contains(events, e => e.Type == step));
        Assert.Contains(events, e => e.Type == "Opinion" && e.Actor == "Demo OR-lid");
        Assert.Contains(events, e => e.Type == "PulseWave" && e.Actor == "Demo Peilingbeheerder");
        Assert.Contains(events, e => e.Type == "OversightEvent" && e.Actor == "Demo Toezichthouder");
    }

    [Fact]
    public async Task Job_profiles_start_with_the_real_ILO_task_lists()
    {
        var run = await demo.Home.RunAsync("org", "show", demo.OrganisationId, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var profiles = json.RootElement.GetProperty("jobProfiles").EnumerateArray().ToList();
        Assert.Equal(["2221", "2512", "4110", "5321"], profiles.Select(p => p.GetProperty("iscoCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(profiles, p => Assert.True(p.GetProperty("tasks").GetInt32() > 0));
    }

    [Fact]
    public async Task The_audit_log_was_filled_by_the_demos_people_and_its_chain_is_intact()
    {
        var run = await demo.Home.RunAsync("org", "audit", demo.OrganisationId, "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("chainIntact").GetBoolean());
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(demo.Result.GetProperty("auditEvents").GetInt32(), events.Count);
        var actors = events.Select(e => e.GetProperty("actorName").GetString()).ToHashSet();
        Assert.Contains("Demo Systeemeigenaar", actors);
        Assert.Contains("Demo Bestuurder", actors);
        Assert.Contains(events, e => e.GetProperty("entityType").GetString() == "ScreeningRecord");
    }

    [Fact]
    public async Task Every_demo_account_signs_in_with_the_one_printed_password()
    {
        var password = demo.Result.GetProperty("password").GetString()!; // generated, so it is in the JSON

        var accounts = demo.Result.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("email").GetString()!).ToList();

        Assert.Equal(13, accounts.Count); // one per role, the survey steward included
        foreach (var email in accounts)
        {
            Assert.True(await demo.Home.PasswordWorksAsync(email, password), email);
        }
    }

    [Fact]
    public void The_result_names_the_database_and_the_REGIE_HOME_the_web_host_must_use()
    {
        var signIn = demo.Result.GetProperty("signIn");

        Assert.Equal(demo.Home.Path, signIn.GetProperty("regieHome").GetString());
        Assert.Equal($"SQLite {Path.Combine(demo.Home.Path, "regie.db")}", signIn.GetProperty("database").GetString());
        Assert.Equal("http://127.0.0.1:5080/account/aanmelden", signIn.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Running_it_again_changes_nothing_and_exits_0()
    {
        var again = await demo.Home.RunAsync("demo", "seed", "--lang", "en");
        var list = await demo.Home.RunAsync("org", "list", "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("A demo organisation exists already; nothing was changed", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("password of every demo account", again.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Output);
        Assert.Single(json.RootElement.EnumerateArray());
    }
}

using System.Net;
using Regie.Workplace.People;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Web.Tests.Workplace.Pulse;

/// <summary>The answer page takes one response per link without sign-in; the dashboard page shows aggregates only.</summary>
public sealed class PulsePagesTests(PulseWorld world) : IClassFixture<PulseWorld>
{
    private static IEnumerable<KeyValuePair<string, string>> AllAnswers(int value) =>
        InstrumentFile.Current.DimensionsFor(baseline: true).SelectMany(d => d.Items).Select(i => new KeyValuePair<string, string>(i.Code, $"{value}"));

    [Fact]
    public async Task A_link_opens_the_questions_without_an_account_and_works_once()
    {
        var token = world.UnusedLinks.Dequeue();
        using var visitor = world.Orgs.Host.Browser();

        var page = await visitor.GetStringAsync($"/peiling/{token}");
        using var sent = await visitor.SubmitAsync($"/peiling/{token}", "pulse-answer", AllAnswers(2));
        var thanks = await Account.AccountClient.ReadAsync(sent);
        using var again = await visitor.GetAsync($"/peiling/{token}");
        var used = await Account.AccountClient.ReadAsync(again);

        Assert.Contains("Ik moet mijn werk in een hoog tempo doen.", page, StringComparison.Ordinal);
        Assert.Contains("Bedankt!", thanks, StringComparison.Ordinal);
        Assert.Contains("al geantwoord", used, StringComparison.Ordinal);
        Assert.DoesNotContain("Ik moet mijn werk in een hoog tempo doen.", used, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Missing_answers_are_named_and_the_chosen_ones_kept()
    {
        var token = world.UnusedLinks.Dequeue();
        using var visitor = world.Orgs.Host.Browser();

        using var sent = await visitor.SubmitAsync($"/peiling/{token}", "pulse-answer", AllAnswers(3).Skip(1));
        var body = await Account.AccountClient.ReadAsync(sent);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("Kies een antwoord.", body, StringComparison.Ordinal);
        Assert.Contains("id=\"q-workload-amount-3\" name=\"workload.amount\" value=\"3\" checked", body.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_link_says_so_plainly()
    {
        using var visitor = world.Orgs.Host.Browser();

        using var response = await visitor.GetAsync("/peiling/onbekend");
        var body = await Account.AccountClient.ReadAsync(response);

        Assert.Contains("Deze link kennen we niet.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.SurveySteward)]
    [InlineData(Role.WorksCouncil)]
    [InlineData(Role.Executive)]
    public async Task The_dashboard_page_is_the_same_aggregate_view_for_steward_management_and_works_council(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);

        var page = await browser.GetStringAsync($"/werkplek/{a.Id}/peilingen/{world.SurveyId}");

        Assert.Contains("Uitkomsten T0", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ik moet mijn werk in een hoog tempo doen.", page, StringComparison.Ordinal);
        Assert.Equal(role == Role.SurveySteward, page.Contains("Links maken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.Employee)]
    [InlineData(Role.Overseer)]
    public async Task Roles_without_the_permission_get_403_on_the_dashboard_page(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);

        using var response = await browser.GetAsync($"/werkplek/{a.Id}/peilingen/{world.SurveyId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

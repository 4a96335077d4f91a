using System.Net;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Concerns;

/// <summary>The public reporting pages in Dutch: the form keeps what was typed, the secret link leads back, a wrong one is 404.</summary>
public sealed class ConcernPagesTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_report_without_a_category_keeps_the_text_and_says_what_is_missing()
    {
        using var stranger = world.Host.Browser();

        using var response = await stranger.SubmitAsync(
            $"/melding/nieuw/{world.A.Id}", "concern", [new("Text", "De scanner telt mijn pauzes."), new("AiSystemId", world.A.SystemId.ToString())]);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kies waar uw zorg over gaat.", page, StringComparison.Ordinal);
        Assert.Contains("De scanner telt mijn pauzes.", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{world.A.SystemId}\" selected", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_gives_a_secret_link_that_opens_the_case_and_a_wrong_link_is_not_found()
    {
        using var stranger = world.Host.Browser();

        using var response = await stranger.SubmitAsync(
            $"/melding/nieuw/{world.A.Id}", "concern", [new("Text", "Het systeem rekent fout."), new("Category", "Error")]);
        var page = await response.Content.ReadAsStringAsync(Ct);
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/melding/[A-Za-z0-9_-]{43})\"").Groups[1].Value;
        var thread = await stranger.GetStringAsync(link);
        using var wrong = await stranger.GetAsync("/melding/" + new string('A', 43));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het systeem rekent fout.", thread, StringComparison.Ordinal);
        Assert.Contains("Ontvangen", thread, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task An_employee_sees_the_channel_link_but_not_the_cases()
    {
        using var employee = await world.SignedInAsync(world.A, Role.Employee);

        var page = await employee.GetStringAsync($"/werkplek/{world.A.Id}/meldingen");

        Assert.Contains($"/melding/nieuw/{world.A.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cases\"", page, StringComparison.Ordinal);
    }
}

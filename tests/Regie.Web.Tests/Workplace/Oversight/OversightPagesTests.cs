using System.Net;
using Regie.Web.Tests.Account;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>The oversight pages: who sees what, the forms, errors that keep what was typed, and the key shown once.</summary>
public sealed class OversightPagesTests(OversightWorld world) : IClassFixture<OversightWorld>
{
    private string Design => $"/werkplek/{world.A.Id}/ai-systemen/{world.A.SystemId}/toezicht";

    private string Log => Design + "/logboek";

    private string Keys => Design + "/sleutels";

    [Fact]
    public async Task The_system_owner_saves_the_design_and_sees_it_again()
    {
        using var owner = await world.SignedInAsync(world.A, Role.SystemOwner);

        using var saved = await owner.SubmitAsync(Design, "oversight-design", new Dictionary<string, string>
        {
            ["Model"] = "OnTheLoop",
            ["UnderstandEvidence"] = "Twee dagen training planners",
            ["SecondsPerCase"] = "120",
        });
        var page = await owner.GetStringAsync(Design);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Twee dagen training planners", page, StringComparison.Ordinal);
        Assert.Contains("value=\"OnTheLoop\" checked", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_case_keeps_what_the_overseer_typed()
    {
        using var overseer = await world.SignedInAsync(world.A, Role.Overseer);

        using var refused = await overseer.SubmitAsync(Log, "oversight-event", new Dictionary<string, string>
        {
            ["Kind"] = "Modified",
            ["CaseReference"] = "Piet Puk",
            ["SecondsSpent"] = "75",
        });
        var page = await AccountClient.ReadAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("value=\"Piet Puk\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"75\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Modified\" selected", page, StringComparison.Ordinal);
        Assert.Contains("id=\"error-summary\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logged_case_shows_on_the_overseers_own_page()
    {
        using var overseer = await world.SignedInAsync(world.A, Role.Overseer);

        using var logged = await overseer.SubmitAsync(Log, "oversight-event", new Dictionary<string, string>
        {
            ["Kind"] = "Overridden",
            ["CaseReference"] = "ROOSTER-2026-48",
            ["SecondsSpent"] = "240",
        });
        var mine = await overseer.GetStringAsync($"/werkplek/{world.A.Id}/mijn-toezicht");

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Contains("ROOSTER-2026-48", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_key_is_shown_once()
    {
        using var owner = await world.SignedInAsync(world.A, Role.SystemOwner);

        using var issued = await owner.SubmitAsync(Keys, "issue-key", new Dictionary<string, string> { ["Label"] = "acceptatie" });
        var answer = await AccountClient.ReadAsync(issued);
        var later = await owner.GetStringAsync(Keys);

        Assert.Contains("data-new-key>rgo_", answer, StringComparison.Ordinal);
        Assert.Contains("acceptatie", later, StringComparison.Ordinal);
        Assert.DoesNotContain("data-new-key", later, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Employee, "", HttpStatusCode.Forbidden)]
    [InlineData(Role.Employee, "/logboek", HttpStatusCode.Forbidden)]
    [InlineData(Role.Overseer, "/sleutels", HttpStatusCode.Forbidden)]
    [InlineData(Role.WorksCouncil, "/logboek", HttpStatusCode.OK)]
    [InlineData(Role.Auditor, "", HttpStatusCode.OK)]
    public async Task Pages_follow_the_permission_matrix(Role role, string page, HttpStatusCode expected)
    {
        using var member = await world.SignedInAsync(world.A, role);

        using var response = await member.GetAsync(Design + page);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Another_organisations_oversight_pages_are_404()
    {
        using var owner = await world.SignedInAsync(world.A, Role.SystemOwner);

        using var byId = await owner.GetAsync($"/werkplek/{world.A.Id}/ai-systemen/{world.B.SystemId}/toezicht/logboek");
        using var byRoute = await owner.GetAsync($"/werkplek/{world.B.Id}/ai-systemen/{world.B.SystemId}/toezicht");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
    }
}

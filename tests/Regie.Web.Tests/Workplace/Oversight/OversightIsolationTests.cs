using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>Organisation A cannot read or change B's oversight rows through the API, by id or by route.</summary>
public sealed class OversightIsolationTests(OversightWorld world) : IClassFixture<OversightWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Reads =>
    [
        "/ai-systems/{system}/oversight",
        "/ai-systems/{system}/oversight/dashboard",
        "/ai-systems/{system}/oversight/keys",
        "/members/{overseer}/oversight",
    ];

    private string Fill(string path, TwoOrganisations.Seeded org, OversightWorld.Setup setup) =>
        path.Replace("{system}", org.SystemId.ToString(), StringComparison.Ordinal)
            .Replace("{overseer}", setup.OverseerId.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Bs_rows_are_not_found_under_As_route_nor_under_Bs_route(string path)
    {
        using var owner = await world.SignedInAsync(world.A, Role.SystemOwner);
        using var auditor = await world.SignedInAsync(world.A, Role.Auditor);
        var bPath = Fill(path, world.B, world.OfB);

        using var underA = await (path.Contains("keys", StringComparison.Ordinal) ? owner : auditor).GetAsync($"/api/orgs/{world.A.Id}{bPath}");
        using var underB = await owner.GetAsync($"/api/orgs/{world.B.Id}{bPath}");

        Assert.Equal(HttpStatusCode.NotFound, underA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underB.StatusCode);
    }

    [Fact]
    public async Task A_cannot_change_Bs_design_log_to_Bs_system_or_revoke_Bs_key()
    {
        var b = world.B;
        var bKey = await world.IssueKeyAsync(b, b.SystemId, "of B");
        using var owner = await world.SignedInAsync(world.A, Role.SystemOwner);
        using var overseer = await world.SignedInAsync(world.A, Role.Overseer);

        using var design = await owner.Http.PutAsJsonAsync($"/api/orgs/{world.A.Id}/ai-systems/{b.SystemId}/oversight/design",
            new { model = "OnTheLoop", secondsPerCase = 1 }, Ct);
        using var logged = await overseer.Http.PostAsJsonAsync($"/api/orgs/{world.A.Id}/ai-systems/{b.SystemId}/oversight/events",
            new { kind = "Accepted", caseReference = "ZAAK-x", secondsSpent = 1 }, Ct);
        using var revoke = await owner.Http.DeleteAsync($"/api/orgs/{world.A.Id}/oversight-keys/{bKey.Key.Id}", Ct);
        using var stillWorks = await world.Host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post,
            $"/api/oversight/{b.Id}/ai-systems/{b.SystemId}/events")
        {
            Content = JsonContent.Create(new { kind = "Accepted", caseReference = "ZAAK-y", secondsSpent = 5, overseerMemberId = world.OfB.OverseerId }),
            Headers = { { Regie.Web.Api.Workplace.OversightApi.KeyHeader, bKey.Secret } },
        }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, design.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, logged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Created, stillWorks.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>The oversight API gives each of the 12 roles exactly what the permission matrix grants: 2xx or 403.</summary>
public sealed class OversightPermissionTests(OversightWorld world) : IClassFixture<OversightWorld>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        var reads = new (string Path, Permission Needs)[]
        {
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight", Permission.ViewOversightDesign),
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight/dashboard", Permission.ViewOversightDashboard),
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight/keys", Permission.ManageOversightKeys),
            ($"/api/orgs/{a.Id}/members/{world.OfA.OwnerId}/oversight", Permission.ViewOversightDashboard),
        };
        using var browser = await world.SignedInAsync(a, role);
        var wrong = new List<string>();

        foreach (var (path, needs) in reads)
        {
            using var response = await browser.GetAsync(path);
            var expected = role.Allows(needs) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                wrong.Add($"{path}: {(int)response.StatusCode}, expected {(int)expected} ({needs})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Writes_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, role);

        using var design = await browser.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{world.OfA.SecondSystemId}/oversight/design",
            new { model = "InTheLoop", understandEvidence = $"Course by {role}", secondsPerCase = 120 }, Ct);
        using var assignment = await browser.Http.PutAsJsonAsync(
            $"/api/orgs/{a.Id}/ai-systems/{world.OfA.SecondSystemId}/oversight/assignments/{world.OfA.OverseerId}",
            new { canOverride = true, canStop = false, hoursPerWeek = 4 }, Ct);
        using var logged = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight/events",
            new { kind = "Accepted", caseReference = $"ZAAK-{role}", secondsSpent = 40 }, Ct);
        using var key = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight/keys",
            new { label = $"key by {role}" }, Ct);

        Assert.Equal(role.Allows(Permission.ManageOversightDesign), design.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.ManageOversightDesign), assignment.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.LogOversightEvents), logged.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.ManageOversightKeys), key.IsSuccessStatusCode);
        Assert.All(new[] { design, assignment, logged, key }.Where(r => !r.IsSuccessStatusCode),
            r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Fact]
    public async Task An_overseer_sees_their_own_figures_but_not_anothers()
    {
        var a = world.A;
        using var overseer = await world.SignedInAsync(a, Role.Overseer);

        using var own = await overseer.GetAsync($"/api/orgs/{a.Id}/members/{world.OfA.OverseerId}/oversight");
        using var other = await overseer.GetAsync($"/api/orgs/{a.Id}/members/{world.OfA.OwnerId}/oversight");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}

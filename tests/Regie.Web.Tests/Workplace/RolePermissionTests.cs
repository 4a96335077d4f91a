using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// Each role gets exactly what the permission matrix grants, over the API on its own organisation's data: 2xx where
/// the matrix allows, 403 where it does not — for every role and every read, and for the main writes.
/// </summary>
public sealed class RolePermissionTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        var reads = new (string Path, Permission Needs)[]
        {
            ($"/api/orgs/{a.Id}", Permission.ViewOrganisation),
            ($"/api/orgs/{a.Id}/units", Permission.ViewStructure),
            ($"/api/orgs/{a.Id}/worker-groups", Permission.ViewStructure),
            ($"/api/orgs/{a.Id}/job-profiles", Permission.ViewStructure),
            ($"/api/orgs/{a.Id}/job-profiles/{a.ProfileId}", Permission.ViewStructure),
            ($"/api/orgs/{a.Id}/members", Permission.ViewMembers),
            ($"/api/orgs/{a.Id}/invitations", Permission.ManageMembers),
            ($"/api/orgs/{a.Id}/ai-systems", Permission.ViewRegister),
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}", Permission.ViewRegister),
            ($"/api/orgs/{a.Id}/register", Permission.ViewInternalRegister),
            ($"/api/orgs/{a.Id}/audit", Permission.ViewAuditLog),
            ($"/api/orgs/{a.Id}/audit.csv", Permission.ExportAuditLog),
            // AI literacy (issue 5, item 6: literacy); the reads that depend on whose data it is are in LiteracyPermissionTests.
            ($"/api/orgs/{a.Id}/literacy/me", Permission.AssessOwnLiteracy),
            ($"/api/orgs/{a.Id}/literacy/requirements", Permission.AssessOwnLiteracy),
            ($"/api/orgs/{a.Id}/literacy/figures", Permission.ViewLiteracyFigures),
            ($"/api/orgs/{a.Id}/literacy/members", Permission.ViewLiteracyRecords),
            ($"/api/orgs/{a.Id}/literacy/training", Permission.RecordTraining),
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
        var ct = TestContext.Current.CancellationToken;
        using var browser = await world.SignedInAsync(a, role);

        using var unit = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/units", new { name = $"Unit by {role}" }, ct);
        using var system = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/ai-systems",
            new { name = $"System by {role}", purpose = "Testing permissions", provider = "Test", decisionTypes = "None" }, ct);
        using var invite = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/invitations",
            new { email = $"new-{role.ToString().ToLowerInvariant()}@alfa.example", roles = "Employee" }, ct);

        Assert.Equal(role.Allows(Permission.ManageOrganisation), unit.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.EditAiSystem), system.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.ManageMembers), invite.IsSuccessStatusCode);
        Assert.All(new[] { unit, system, invite }.Where(r => !r.IsSuccessStatusCode),
            r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }
}

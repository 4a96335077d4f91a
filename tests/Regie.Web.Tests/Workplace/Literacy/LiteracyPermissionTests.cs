using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.Literacy;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Literacy;

/// <summary>
/// The literacy API for each of the 13 roles: what depends on whose data it is (one's own standing, someone else's, a
/// system's overseers) and every write, 2xx exactly where the permission matrix allows, else 403.
/// </summary>
public sealed class LiteracyPermissionTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reading_a_persons_standing_needs_to_be_that_person_or_the_administrator(Role role)
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, role);

        using var employee = await browser.GetAsync($"/api/orgs/{a.Id}/literacy/members/{a.EmployeeMemberId}");
        using var overseers = await browser.GetAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/literacy/overseers");

        var own = role == Role.Employee;
        Assert.Equal(own || role.Allows(Permission.ViewLiteracyRecords) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, employee.StatusCode);
        Assert.Equal(role.Allows(Permission.ViewOversightDashboard) || role.Allows(Permission.RequireSystemLiteracy)
            ? HttpStatusCode.OK : HttpStatusCode.Forbidden, overseers.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Writes_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, role);
        var answers = LiteracyInstrument.Shipped.UpTo(LiteracyLevel.Bewust).ToDictionary(s => s.Id, _ => "Agree");
        var course = new { course = $"Cursus {role}", provider = "Leerhuis", hours = 2, codes = "Bt1", completedOn = "2026-09-01" };

        using var taken = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/literacy/me/assessments", new { answers, upTo = "Bewust" }, Ct);
        using var forOther = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/literacy/members/{a.EmployeeMemberId}/training", course, Ct);
        using var roleLevel = await browser.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/literacy/requirements", new { role = "Auditor", level = "Bewust" }, Ct);
        using var systemLevel = await browser.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/literacy-requirement", new { level = "Bekwaam" }, Ct);

        Assert.Equal(HttpStatusCode.Created, taken.StatusCode); // every role may assess itself
        Assert.Equal(role == Role.Employee || role.Allows(Permission.RecordTraining), forOther.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.ManageLiteracyRequirements), roleLevel.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.RequireSystemLiteracy), systemLevel.IsSuccessStatusCode);
        Assert.All(new[] { forOther, roleLevel, systemLevel }.Where(r => !r.IsSuccessStatusCode),
            r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }
}

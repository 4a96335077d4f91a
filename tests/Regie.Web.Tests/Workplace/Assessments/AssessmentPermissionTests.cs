using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Assessments;

/// <summary>
/// Each of the 12 roles gets exactly what the permission matrix grants on job impact assessments, risks and measures
/// over the API: 2xx (or 409 when the state forbids the step) where the matrix allows, 403 where it does not.
/// </summary>
public sealed class AssessmentPermissionTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        var reads = new (string Path, Permission? Needs)[]
        {
            ($"/api/orgs/{a.Id}/job-impact-instrument", null),
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/assessments", Permission.ViewAssessments),
            ($"/api/orgs/{a.Id}/assessments/{a.AssessmentId}", Permission.ViewAssessments),
            ($"/api/orgs/{a.Id}/assessments/{a.AssessmentId}/risks.csv", Permission.ViewAssessments),
            ($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/measures", Permission.ViewMeasures),
        };
        using var browser = await world.SignedInAsync(a, role);
        var wrong = new List<string>();

        foreach (var (path, needs) in reads)
        {
            using var response = await browser.GetAsync(path);
            var expected = needs is null || role.Allows(needs.Value) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
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
        var prefix = $"/api/orgs/{a.Id}";

        using var task = await browser.Http.PostAsJsonAsync($"{prefix}/assessments/{a.AssessmentId}/tasks",
            new { text = $"Checking the output ({role})", effect = "New", expectedTimeSharePercent = 5 }, ct);
        using var risk = await browser.Http.PostAsJsonAsync($"{prefix}/assessments/{a.AssessmentId}/risks",
            new { title = $"Risk by {role}", likelihood = 2, severity = 2 }, ct);
        using var measure = await browser.Http.PostAsJsonAsync($"{prefix}/risks/{a.RiskId}/measures", new { title = $"Measure by {role}" }, ct);
        using var opinion = await browser.Http.PostAsJsonAsync($"{prefix}/assessments/{a.AssessmentId}/opinions",
            new { kind = KindFor(role), position = "Negative", text = "Not yet." }, ct);
        using var verify = await browser.Http.PostAsync($"{prefix}/measures/{a.MeasureId}/works-council-verification", null, ct);

        Assert.Equal(role.Allows(Permission.EditAssessment) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, task.StatusCode);
        Assert.Equal(role.Allows(Permission.EditAssessment) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, risk.StatusCode);
        Assert.Equal(role.Allows(Permission.ManageMeasures) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, measure.StatusCode);

        // The draft does not await opinions and the measure is not done: allowed roles hit the state (409), the others the matrix (403).
        Assert.Equal(role.Allows(Permission.GiveAssessmentOpinion) ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden, opinion.StatusCode);
        Assert.Equal(role.Allows(Permission.VerifyMeasureAsWorksCouncil) ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden, verify.StatusCode);
    }

    [Fact]
    public async Task An_opinion_of_another_role_is_forbidden()
    {
        using var browser = await world.SignedInAsync(world.A, Role.Reviewer);

        using var response = await browser.Http.PostAsJsonAsync($"/api/orgs/{world.A.Id}/assessments/{world.A.AssessmentId}/opinions",
            new { kind = "WorksCouncil", position = "Positive", text = "Speaking for the works council." }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string KindFor(Role role) => role switch
    {
        Role.PrivacyOfficer => "Privacy",
        Role.WorksCouncil => "WorksCouncil",
        _ => "Prevention",
    };
}

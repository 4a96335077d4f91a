using System.Net;
using System.Net.Http.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Consultation;

/// <summary>The consultation API gives each of the 12 roles what the matrix grants, keeps organisations apart and explains bad input.</summary>
public sealed class ConsultationApiTests(ConsultationWorld world) : IClassFixture<ConsultationWorld>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix_and_the_expert_reads_only_the_procedure_of_the_invitation(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);

        using var procedure = await browser.GetAsync($"/api/orgs/{a.Id}/consultations/{world.ProcedureA}");
        using var dossier = await browser.GetAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/consultation");

        Assert.Equal(role.Allows(Permission.ViewConsultation) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, procedure.StatusCode);
        var readsAll = role.Allows(Permission.ViewConsultation) && role != Role.ExternalExpert;
        Assert.Equal(readsAll ? HttpStatusCode.OK : HttpStatusCode.Forbidden, dossier.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Writes_follow_the_permission_matrix(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);
        var p = $"/api/orgs/{a.Id}/consultations/{world.ProcedureA}";
        var writes = new (Task<HttpResponseMessage> Call, Permission Needs, string What)[]
        {
            (browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/consultation", new
            {
                kind = "Advice", legalGrounds = "Wor25_1k", motives = "M", consequences = "C", proposedMeasures = "P",
            }, Ct), Permission.PrepareConsultation, "start"),
            (browser.Http.PostAsJsonAsync($"{p}/questions", new { text = $"Question by {role}" }, Ct), Permission.GiveCouncilPosition, "ask"),
            (browser.Http.PostAsJsonAsync($"{p}/comments", new { text = $"Comment by {role}" }, Ct), Permission.CommentConsultation, "comment"),
            (browser.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/consultation-questions/{world.QuestionA}/answer", new { answer = $"Answer by {role}" }, Ct),
                Permission.AnswerConsultation, "answer"),
            (browser.Http.PostAsJsonAsync($"{p}/decision", new { decision = "D", deviatesFromAdvice = false }, Ct),
                Permission.NotifyConsultationDecision, "decide"),
            (browser.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/dpia-opinion",
                new { status = "NotSought", reasonNotSought = "No personal data" }, Ct), Permission.RecordDpiaOpinion, "dpia"),
        };
        var wrong = new List<string>();

        foreach (var (call, needs, what) in writes)
        {
            using var response = await call;
            var forbidden = response.StatusCode == HttpStatusCode.Forbidden;
            if (forbidden == role.Allows(needs))
            {
                wrong.Add($"{what}: {(int)response.StatusCode} ({needs})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData(Role.WorksCouncil)]
    [InlineData(Role.SystemOwner)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ExternalExpert)]
    public async Task No_role_reaches_another_organisations_procedure_by_id_or_by_route(Role role)
    {
        var (a, b) = (world.Orgs.A, world.Orgs.B);
        using var browser = await world.Orgs.SignedInAsync(a, role);

        using var byId = await browser.GetAsync($"/api/orgs/{a.Id}/consultations/{world.ProcedureB}");
        using var byRoute = await browser.GetAsync($"/api/orgs/{b.Id}/consultations/{world.ProcedureB}");
        using var dossier = await browser.GetAsync($"/api/orgs/{a.Id}/ai-systems/{b.SystemId}/consultation");
        using var comment = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/consultations/{world.ProcedureB}/comments", new { text = "x" }, Ct);
        var body = await byId.Content.ReadAsStringAsync(Ct);

        Assert.True(byId.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{byId.StatusCode}");
        Assert.True(byRoute.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{byRoute.StatusCode}");
        Assert.True(dossier.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{dossier.StatusCode}");
        Assert.True(comment.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{comment.StatusCode}");
        Assert.DoesNotContain(b.Name, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_motives_or_the_right_grounds_is_a_validation_problem_per_field()
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, Role.SystemOwner);

        using var response = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/consultation",
            new { kind = "Advice", legalGrounds = "Wor27_1l", consequences = "C" }, Ct);
        var problem = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"motives\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"legalGrounds\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"proposedMeasures\"", problem, StringComparison.Ordinal);
    }
}

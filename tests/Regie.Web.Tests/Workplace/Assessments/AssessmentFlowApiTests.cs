using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Assessments;

/// <summary>
/// One assessment over the API from start to validation, each role doing its part, then reopened by a change to
/// the AI system; every step lands in the audit log.
/// </summary>
public sealed class AssessmentFlowApiTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Org => $"/api/orgs/{world.A.Id}";

    [Fact]
    public async Task An_assessment_goes_from_draft_to_validated_and_a_system_change_reopens_it()
    {
        var system = await RegisterSystemAsync("Roster planner");
        var assessment = await StartAsync(system);
        var detail = await GetAsync(Role.Assessor, $"{Org}/assessments/{assessment}");
        Assert.NotEmpty(detail.GetProperty("tasks").EnumerateArray()); // prefilled from the group's job profile

        await ExpectAsync(Role.Assessor, $"{Org}/assessments/{assessment}/signals/RS10",
            new { presence = "Present", direction = "Negative", evidence = "Rosters change at short notice in the pilot.", sources = "Workers, Data", likelihood = 3, scale = 2, scope = 3, irremediability = 1 },
            HttpStatusCode.OK, put: true);
        var riskId = (await ExpectAsync(Role.Assessor, $"{Org}/assessments/{assessment}/risks",
            new { title = "Less predictable rosters", signalCode = "RS10", likelihood = 3, severity = 3 }, HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await ExpectAsync(Role.SystemOwner, $"{Org}/risks/{riskId}/measures",
            new { title = "Rosters fixed two weeks ahead", dueDate = "2027-01-31", verifiedBy = "Prevention officer" }, HttpStatusCode.OK);
        await MoveAsync(Role.Assessor, assessment, "InProgress");
        await MoveAsync(Role.Assessor, assessment, "InReview");
        await MoveAsync(Role.Reviewer, assessment, "AwaitingOpinions");
        await MoveAsync(Role.Executive, assessment, "Validated", HttpStatusCode.Conflict); // no opinions yet
        await OpinionAsync(Role.PrivacyOfficer, assessment, "Privacy", "Negative");
        await OpinionAsync(Role.WorksCouncil, assessment, "WorksCouncil", "Conditional");
        await OpinionAsync(Role.Reviewer, assessment, "Prevention", "Positive");
        await MoveAsync(Role.Executive, assessment, "Validated");

        await ChangeVersionAsync(system, "2.0");

        var list = (await GetAsync(Role.WorksCouncil, $"{Org}/ai-systems/{system}/assessments")).EnumerateArray().ToList();
        var reopened = list.Single(a => a.GetProperty("version").GetInt32() == 2);
        var old = await GetAsync(Role.WorksCouncil, $"{Org}/assessments/{assessment}");
        var next = await GetAsync(Role.WorksCouncil, $"{Org}/assessments/{reopened.GetProperty("id").GetGuid()}");
        Assert.Equal("superseded", old.GetProperty("assessment").GetProperty("status").GetString());
        Assert.Equal(3, old.GetProperty("opinions").GetArrayLength()); // kept, the negative one included
        Assert.Equal("in-progress", next.GetProperty("assessment").GetProperty("status").GetString());
        Assert.Contains("version", next.GetProperty("reopenReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(riskId, next.GetProperty("risks")[0].GetProperty("originRiskId").GetGuid());
        Assert.Single(next.GetProperty("measures").EnumerateArray()); // the measure follows the carried-over risk
        var audit = await GetAsync(Role.Auditor, $"{Org}/audit?entityType=JobImpactAssessment&pageSize=200");
        Assert.True(audit.GetProperty("total").GetInt32() >= 8, audit.ToString());
    }

    [Fact]
    public async Task Sending_back_for_fixes_needs_a_comment_and_keeps_the_draft_editable()
    {
        var assessment = await StartAsync(await RegisterSystemAsync("Chat assistant"));
        await MoveAsync(Role.Assessor, assessment, "InProgress");
        await MoveAsync(Role.Assessor, assessment, "InReview");

        var withoutComment = await MoveAsync(Role.Reviewer, assessment, "ToBeFixed", HttpStatusCode.BadRequest);
        await MoveAsync(Role.Reviewer, assessment, "ToBeFixed", comment: "Agency staff are missing.");
        var task = await ExpectAsync(Role.Assessor, $"{Org}/assessments/{assessment}/tasks",
            new { text = "Checking the suggested answers", effect = "New", expectedTimeSharePercent = 10 }, HttpStatusCode.OK);

        Assert.True(withoutComment.GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal("new", task.GetProperty("effect").GetString());
    }

    [Fact]
    public async Task A_present_signal_without_evidence_is_a_validation_problem_per_field()
    {
        var assessment = await StartAsync(await RegisterSystemAsync("Monitoring dashboard"));

        var problem = await ExpectAsync(Role.Assessor, $"{Org}/assessments/{assessment}/signals/RS13",
            new { presence = "Present", sources = "None", likelihood = 5 }, HttpStatusCode.BadRequest, put: true);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("evidence", out _));
        Assert.True(errors.TryGetProperty("direction", out _));
        Assert.True(errors.TryGetProperty("likelihood", out _));
    }

    [Fact]
    public async Task A_measure_needing_the_works_council_is_verified_by_a_works_council_member_once_done()
    {
        var a = world.A;
        await ExpectAsync(Role.SystemOwner, $"{Org}/measures/{a.MeasureId}/moves", new { to = "InProgress" }, HttpStatusCode.OK);
        await ExpectAsync(Role.SystemOwner, $"{Org}/measures/{a.MeasureId}/moves", new { to = "InReview" }, HttpStatusCode.OK);
        var noEvidence = await ExpectAsync(Role.SystemOwner, $"{Org}/measures/{a.MeasureId}/moves", new { to = "Done" }, HttpStatusCode.BadRequest);
        var done = await ExpectAsync(Role.SystemOwner, $"{Org}/measures/{a.MeasureId}/moves",
            new { to = "Done", evidence = "Policy of 3 March, section 4" }, HttpStatusCode.OK);

        var verified = await ExpectAsync(Role.WorksCouncil, $"{Org}/measures/{a.MeasureId}/works-council-verification", null, HttpStatusCode.OK);

        Assert.True(noEvidence.GetProperty("errors").TryGetProperty("evidence", out _));
        Assert.False(done.GetProperty("isSettled").GetBoolean());
        Assert.True(verified.GetProperty("isSettled").GetBoolean());
    }

    private async Task<Guid> RegisterSystemAsync(string name)
    {
        var created = await ExpectAsync(Role.SystemOwner, $"{Org}/ai-systems",
            new { name, purpose = "Planning work", provider = "Vendor", version = "1.0", decisionTypes = "Scheduling", workerGroupIds = new[] { world.A.GroupId } },
            HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task ChangeVersionAsync(Guid system, string version) =>
        await ExpectAsync(Role.SystemOwner, $"{Org}/ai-systems/{system}",
            new { name = "Roster planner", purpose = "Planning work", provider = "Vendor", version, decisionTypes = "Scheduling", workerGroupIds = new[] { world.A.GroupId } },
            HttpStatusCode.OK, put: true);

    private async Task<Guid> StartAsync(Guid system) =>
        (await ExpectAsync(Role.Assessor, $"{Org}/ai-systems/{system}/assessments", new { workerGroupId = world.A.GroupId }, HttpStatusCode.Created)).GetGuid();

    private Task<JsonElement> MoveAsync(Role role, Guid assessment, string to, HttpStatusCode expected = HttpStatusCode.OK, string? comment = null) =>
        ExpectAsync(role, $"{Org}/assessments/{assessment}/moves", new { to, comment }, expected);

    private Task<JsonElement> OpinionAsync(Role role, Guid assessment, string kind, string position) =>
        ExpectAsync(role, $"{Org}/assessments/{assessment}/opinions", new { kind, position, text = $"{kind} says {position}." }, HttpStatusCode.OK);

    private async Task<JsonElement> GetAsync(Role role, string path)
    {
        using var browser = await world.SignedInAsync(world.A, role);
        using var response = await browser.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {role}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> ExpectAsync(Role role, string path, object? body, HttpStatusCode expected, bool put = false)
    {
        using var browser = await world.SignedInAsync(world.A, role);
        using var response = put ? await browser.Http.PutAsJsonAsync(path, body, Ct) : await browser.Http.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{path} as {role}: {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

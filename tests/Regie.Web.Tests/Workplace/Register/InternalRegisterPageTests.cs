using System.Net;
using Regie.TestKit.Workplace;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Register;

[Collection(RegisterPagesCollection.Name)]
public sealed class InternalRegisterPageTests(RegisterHost host)
{
    [Fact]
    public async Task An_employee_reads_a_decided_system_in_plain_language_with_their_rights_and_where_to_go()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Employee);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());
        await owner.MoveAsync(team.Id, id, "ImpactAssessment", "Consultation", "Decision");

        var page = await team[Role.Employee].PageAsync($"/werkplek/{team.Id}/register");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Intern AI-register</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"entry-{id}\">Roosterassistent</h2>", page, StringComparison.Ordinal);
        Assert.Contains("data-use=\"Planned\">Gepland</span>", page, StringComparison.Ordinal);
        Assert.Contains("Het systeem stelt het weekrooster voor. Een planner kijkt het na en beslist.", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Taken verdelen, Roosters maken</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Planners</dd>", page, StringComparison.Ordinal);
        Assert.Contains("data-right=\"Explanation\"><strong>Recht op uitleg</strong>", page, StringComparison.Ordinal);
        Assert.Contains("(AI-verordening art. 86)", page, StringComparison.Ordinal);
        Assert.Contains("data-right=\"HumanReview\"", page, StringComparison.Ordinal);
        Assert.Contains("(AVG art. 22 lid 3)", page, StringComparison.Ordinal);
        Assert.Contains("(AI-verordening art. 26 lid 11)", page, StringComparison.Ordinal);
        Assert.Contains("(AVG art. 15)", page, StringComparison.Ordinal);
        Assert.Contains("(WOR art. 27 lid 1 sub l)", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"contact-point\">Team Planning, planning@voorbeeld.nl</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-duty=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoog risico", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Systems_still_being_worked_out_are_not_in_the_internal_register()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Employee);
        await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId, "Idee voor een chatbot");

        var page = await team[Role.Employee].PageAsync($"/werkplek/{team.Id}/register");

        Assert.Contains("Er staan nog geen AI-systemen in het register.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Idee voor een chatbot", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_can_open_neither_the_full_register_the_duty_checklist_nor_the_audit_log()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Employee);
        var id = await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId);
        var employee = team[Role.Employee];

        var register = await employee.PageAsync($"/werkplek/{team.Id}/register");
        using var system = await employee.GetAsync(Steps.System(team.Id, id));
        using var systems = await employee.GetAsync(Steps.Systems(team.Id));
        using var audit = await employee.GetAsync($"/werkplek/{team.Id}/auditlog");

        Assert.Equal(HttpStatusCode.Forbidden, system.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, systems.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.DoesNotContain("Roosterassistent", await system.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain($"/werkplek/{team.Id}/auditlog", register, StringComparison.Ordinal);
        Assert.DoesNotContain($"/werkplek/{team.Id}/ai-systemen\"", register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_internal_register_speaks_English_when_chosen()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Employee);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.ScreenAsync(team.Id, id, Answers.Minimal());
        await owner.MoveAsync(team.Id, id, "Intake", "Screening", "ImpactAssessment", "Consultation", "Decision");

        var page = await team[Role.Employee].PageAsync($"/werkplek/{team.Id}/register?lang=en");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Internal AI register</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Right to human review</strong>", page, StringComparison.Ordinal);
        Assert.Contains("(GDPR Art. 22(3))", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-right=\"ToBeInformed\"", page, StringComparison.Ordinal);
    }
}

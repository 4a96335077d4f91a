using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Storage.Tests.Workplace;

/// <summary>Works-council procedures stored and run on both providers, and the gates they put on Pilot and Live.</summary>
public sealed class ConsultationProcedureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_deviating_decision_holds_the_pilot_for_one_month_and_the_conditions_become_measures_the_council_verifies(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var system = await PreparedHighRiskSystemAsync(services, org, monitoringCapable: false);
        await ConsultationRun.SendNoticeAsync(services, org, system, Ct);
        var id = await ConsultationRun.SendWithMeetingAsync(services, org, system, ConsultationKind.Advice, false, Ct);
        await using (var council = services.As(org.As(Role.WorksCouncil)))
        {
            var given = await council.ServiceProvider.GetRequiredService<CouncilDesk>().GivePositionAsync(id,
                new PositionRequest(CouncilPosition.ConditionalAdvice, "Only with training.", ["Training for every planner", "Evaluation after six months"]), Ct);
            Assert.True(given.IsSuccess, given.Error?.Message);
        }

        await using (var executive = services.As(org.As(Role.Executive)))
        {
            var notified = await executive.ServiceProvider.GetRequiredService<ConsultationDecisions>().NotifyAsync(id,
                new DecisionRequest("We start without the evaluation.", null, true, "The vendor contract already covers reviews."), Ct);
            Assert.Equal(ConsultationStatus.Standstill, notified.Value.Status);
        }

        var during = await MoveAsync(services, org, system, AiSystemStatus.Pilot);
        services.Time.Advance(TimeSpan.FromDays(32));
        await using (var owner = services.As(org.As(Role.SystemOwner)))
        {
            var closed = await owner.ServiceProvider.GetRequiredService<ConsultationDesk>().CloseAsync(id, new CloseRequest("Standstill over, no appeal."), Ct);
            Assert.True(closed.IsSuccess, closed.Error?.Message);
        }

        var after = await MoveAsync(services, org, system, AiSystemStatus.Pilot);
        await using var read = services.As(org.As(Role.WorksCouncil));
        var view = (await read.ServiceProvider.GetRequiredService<ConsultationQueries>().ProcedureAsync(id, Ct)).Value;

        Assert.Contains(Assert.IsType<GatesNotMet>(during.Error).Gates.SelectMany(g => g.Missing), m => m.Code == "standstill");
        Assert.Equal(AiSystemStatus.Pilot, after.Value.Status);
        Assert.Equal(new DateOnly(2026, 12, 27), view.Procedure.SuspensionEndsOn);
        Assert.Equal(new DateOnly(2026, 12, 27), view.Procedure.AppealDeadline);
        Assert.Equal(["Evaluation after six months", "Training for every planner"], view.Conditions.Select(c => c.Title).Order());
        Assert.All(view.Conditions, c => Assert.True(c is { Source: MeasureSource.WorksCouncilCondition, NeedsWorksCouncilVerification: true } && c.SourceId == id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_refused_consent_blocks_use_until_the_court_gives_substitute_consent(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var system = await PreparedHighRiskSystemAsync(services, org, monitoringCapable: true);
        await ConsultationRun.SendNoticeAsync(services, org, system, Ct);
        await ConsultationRun.CloseAgreedAsync(services, org, system, ConsultationKind.Advice, true, Ct);
        var missing = await MoveAsync(services, org, system, AiSystemStatus.Live);
        var id = await ConsultationRun.SendWithMeetingAsync(services, org, system, ConsultationKind.Consent, true, Ct);
        await using (var council = services.As(org.As(Role.WorksCouncil)))
        {
            await council.ServiceProvider.GetRequiredService<CouncilDesk>().GivePositionAsync(id,
                new PositionRequest(CouncilPosition.ConsentRefused, "It tracks breaks to the minute.", null), Ct);
        }

        await using (var executive = services.As(org.As(Role.Executive)))
        {
            var decisions = executive.ServiceProvider.GetRequiredService<ConsultationDecisions>();
            await decisions.RequestSubstituteConsentAsync(id, Ct);
        }

        var waiting = await MoveAsync(services, org, system, AiSystemStatus.Live);
        await using (var executive = services.As(org.As(Role.Executive)))
        {
            var closed = await executive.ServiceProvider.GetRequiredService<ConsultationDesk>().CloseAsync(id, new CloseRequest("Court: granted.", true), Ct);
            Assert.True(closed.IsSuccess, closed.Error?.Message);
        }

        var live = await MoveAsync(services, org, system, AiSystemStatus.Live);

        Assert.Contains(Assert.IsType<GatesNotMet>(missing.Error).Gates.SelectMany(g => g.Missing), m => m.Code == "consent-procedure-missing");
        Assert.Contains(Assert.IsType<GatesNotMet>(waiting.Error).Gates.SelectMany(g => g.Missing), m => m.Code == "procedure-open" && m.Subject == "Consent");
        Assert.Equal(AiSystemStatus.Live, live.Value.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_notice_and_request_duties_follow_the_real_procedure_and_cannot_be_ticked_by_hand(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var system = await PreparedHighRiskSystemAsync(services, org, monitoringCapable: false);
        var blocked = await MoveAsync(services, org, system, AiSystemStatus.Pilot);
        var adviceDuty = await DutyAsync(services, org, system, DutyKind.Wor25AdviceRequest);
        await using (var executive = services.As(org.As(Role.Executive)))
        {
            var ticked = await executive.ServiceProvider.GetRequiredService<DutyEditor>().UpdateAsync(adviceDuty.Id,
                new DutyUpdate(adviceDuty.OwnerMemberId, null, DutyStatus.Done, "Sent by mail"), Ct);
            Assert.IsType<Regie.Core.Results.ValidationError>(ticked.Error);
        }

        await ConsultationRun.SendWithMeetingAsync(services, org, system, ConsultationKind.Advice, false, Ct);
        await ConsultationRun.SendNoticeAsync(services, org, system, Ct);

        var advice = await DutyAsync(services, org, system, DutyKind.Wor25AdviceRequest);
        var inform = await DutyAsync(services, org, system, DutyKind.Art26_7InformWorkers);
        var issues = Assert.IsType<GatesNotMet>(blocked.Error).Gates.SelectMany(g => g.Missing).Select(m => m.Code).ToList();
        Assert.Contains("notice-26-7-unsent", issues);
        Assert.Contains("notice-26-11-unsent", issues);
        Assert.Contains("advice-procedure-missing", issues);
        Assert.Equal(DutyStatus.Done, advice.Status);
        Assert.Equal("Advice request sent to the works council on 2026-11-27.", advice.Evidence);
        Assert.Equal(DutyStatus.Done, inform.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_invited_expert_reads_and_comments_on_that_procedure_only_and_every_step_is_audited(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var system = await PreparedHighRiskSystemAsync(services, org, monitoringCapable: true);
        var invited = await ConsultationRun.SendWithMeetingAsync(services, org, system, ConsultationKind.Advice, true, Ct);
        var other = await ConsultationRun.SendWithMeetingAsync(services, org, system, ConsultationKind.Consent, true, Ct);
        await using (var council = services.As(org.As(Role.WorksCouncil)))
        {
            var expert = await council.ServiceProvider.GetRequiredService<CouncilDesk>().InviteExpertAsync(invited,
                new ExpertRequest("Dr. E. Xpert", "Assess the monitoring features", 4500m, org.MemberFor(Role.ExternalExpert).Id, new DateOnly(2027, 2, 1)), Ct);
            Assert.True(expert.IsSuccess, expert.Error?.Message);
        }

        await using var asExpert = services.As(org.As(Role.ExternalExpert));
        var queries = asExpert.ServiceProvider.GetRequiredService<ConsultationQueries>();
        var own = await queries.ProcedureAsync(invited, Ct);
        var foreign = await queries.ProcedureAsync(other, Ct);
        var dossier = await queries.DossierAsync(system, Ct);
        var comment = await asExpert.ServiceProvider.GetRequiredService<CouncilDesk>().CommentAsync(invited, new MessageRequest("The break tracking is switchable."), Ct);
        var question = await asExpert.ServiceProvider.GetRequiredService<CouncilDesk>().AskAsync(invited, new MessageRequest("May I ask?"), Ct);
        var audited = await asExpert.ServiceProvider.GetRequiredService<RegieDbContext>().AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityId == invited.ToString()).Select(e => e.Action).ToListAsync(Ct);

        Assert.True(own.IsSuccess);
        Assert.IsType<WorkplaceNotFound>(foreign.Error);
        Assert.IsType<NotAllowed>(dossier.Error);
        Assert.True(comment.IsSuccess, comment.Error?.Message);
        Assert.IsType<NotAllowed>(question.Error);
        Assert.True(audited.Count >= 3, string.Join(",", audited));
    }

    private static async Task<Guid> PreparedHighRiskSystemAsync(WorkplaceServices services, SeededOrganisation org, bool monitoringCapable)
    {
        Guid id;
        await using (var owner = services.As(org.As(Role.SystemOwner)))
        {
            var register = owner.ServiceProvider.GetRequiredService<AiRegister>();
            id = (await register.RegisterAsync(Some.AiSystem(monitoringCapable: monitoringCapable), Ct)).Value.Id;
            await register.MoveAsync(id, AiSystemStatus.Intake, Ct);
            await register.MoveAsync(id, AiSystemStatus.Screening, Ct);
            Assert.True((await owner.ServiceProvider.GetRequiredService<ScreeningDesk>().RunAsync(id, Regie.TestKit.Workplace.Answers.HighRisk(), Ct)).IsSuccess);
            foreach (var step in new[] { AiSystemStatus.ImpactAssessment, AiSystemStatus.Consultation, AiSystemStatus.Decision })
            {
                Assert.True((await register.MoveAsync(id, step, Ct)).IsSuccess);
            }
        }

        await using var executive = services.As(org.As(Role.Executive));
        Assert.True((await executive.ServiceProvider.GetRequiredService<AiRegister>().MoveAsync(id, AiSystemStatus.Preparation, Ct)).IsSuccess);
        var editor = executive.ServiceProvider.GetRequiredService<DutyEditor>();
        var detail = (await executive.ServiceProvider.GetRequiredService<RegisterQueries>().DetailAsync(id, Ct)).Value;
        foreach (var duty in detail.Duties.Where(d => d.BeforeUse && !ProcedureDuties.FollowsProcedure(d.Kind)))
        {
            Assert.True((await editor.UpdateAsync(duty.Id, new DutyUpdate(duty.OwnerMemberId, null, DutyStatus.Done, "In the file"), Ct)).IsSuccess);
        }

        return id;
    }

    private static async Task<Regie.Core.Results.Result<AiSystem>> MoveAsync(WorkplaceServices services, SeededOrganisation org, Guid id, AiSystemStatus to)
    {
        await using var executive = services.As(org.As(Role.Executive));
        return await executive.ServiceProvider.GetRequiredService<AiRegister>().MoveAsync(id, to, Ct);
    }

    private static async Task<Duty> DutyAsync(WorkplaceServices services, SeededOrganisation org, Guid system, DutyKind kind)
    {
        await using var scope = services.As(org.As(Role.Auditor));
        return await scope.ServiceProvider.GetRequiredService<RegieDbContext>().Duties.AsNoTracking()
            .SingleAsync(d => d.AiSystemId == system && d.Kind == kind && d.WithdrawnAt == null, Ct);
    }
}

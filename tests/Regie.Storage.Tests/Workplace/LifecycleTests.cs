using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Storage.Tests.Workplace;

/// <summary>An AI system moves through its lifecycle only along allowed moves, by the right role, behind its gates.</summary>
public sealed class LifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_high_risk_system_reaches_pilot_only_when_its_before_use_duties_are_done(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = await RegisterAndScreenAsync(services, org, Answers.HighRisk());
        await MoveAsync(services, org, Role.SystemOwner, id, AiSystemStatus.ImpactAssessment, AiSystemStatus.Consultation, AiSystemStatus.Decision);
        await MoveAsync(services, org, Role.Executive, id, AiSystemStatus.Preparation);

        await using var asExecutive = services.As(org.As(Role.Executive));
        var register = asExecutive.ServiceProvider.GetRequiredService<AiRegister>();
        var blocked = await register.MoveAsync(id, AiSystemStatus.Pilot, Ct);
        var detail = (await asExecutive.ServiceProvider.GetRequiredService<RegisterQueries>().DetailAsync(id, Ct)).Value;
        var editor = asExecutive.ServiceProvider.GetRequiredService<DutyEditor>();
        foreach (var duty in detail.Duties.Where(d => d.BeforeUse && !ProcedureDuties.FollowsProcedure(d.Kind)))
        {
            var done = await editor.UpdateAsync(duty.Id, new DutyUpdate(duty.OwnerMemberId, null, DutyStatus.Done, "Recorded in the file"), Ct);
            Assert.True(done.IsSuccess, done.Error?.Message);
        }

        // Issue 5 (wor): the works-council request and the 26(7) notice duties follow the real procedure, not a tick.
        await ConsultationRun.CloseAgreedAsync(services, org, id, ConsultationKind.Advice, false, Ct);
        await ConsultationRun.SendNoticeAsync(services, org, id, Ct);

        var piloted = await register.MoveAsync(id, AiSystemStatus.Pilot, Ct);

        var gates = Assert.IsType<GatesNotMet>(blocked.Error);
        Assert.Contains(gates.Gates.SelectMany(g => g.Missing), m => m.Subject == nameof(DutyKind.Art26_7InformWorkers));
        Assert.Contains(gates.Gates.SelectMany(g => g.Missing), m => m.Subject == nameof(DutyKind.Wor25AdviceRequest));
        Assert.Equal(AiSystemStatus.Pilot, piloted.Value.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_prohibited_practice_blocks_the_system_for_good(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = await RegisterAndScreenAsync(services, org, Answers.Prohibited());

        await using var asExecutive = services.As(org.As(Role.Executive));
        var register = asExecutive.ServiceProvider.GetRequiredService<AiRegister>();
        var toLive = await register.MoveAsync(id, AiSystemStatus.Live, Ct);
        var system = await register.FindAsync(id, Ct);
        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var rescreen = await asOwner.ServiceProvider.GetRequiredService<ScreeningDesk>().RunAsync(id, Answers.Minimal(), Ct);

        Assert.Equal(AiSystemStatus.Blocked, system!.Status);
        Assert.IsType<MoveNotInLifecycle>(toLive.Error);
        Assert.IsType<SystemBlocked>(rescreen.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Leaving_screening_needs_a_screening_on_record(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var register = asOwner.ServiceProvider.GetRequiredService<AiRegister>();
        var id = (await register.RegisterAsync(Some.AiSystem(), Ct)).Value.Id;
        await register.MoveAsync(id, AiSystemStatus.Intake, Ct);
        await register.MoveAsync(id, AiSystemStatus.Screening, Ct);

        var result = await register.MoveAsync(id, AiSystemStatus.ImpactAssessment, Ct);

        var gates = Assert.IsType<GatesNotMet>(result.Error);
        Assert.Equal("screening-missing", Assert.Single(gates.Gates.SelectMany(g => g.Missing)).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Only_the_executive_takes_the_decision_steps(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = await RegisterAndScreenAsync(services, org, Answers.Minimal());
        await MoveAsync(services, org, Role.SystemOwner, id, AiSystemStatus.ImpactAssessment, AiSystemStatus.Consultation, AiSystemStatus.Decision);

        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var result = await asOwner.ServiceProvider.GetRequiredService<AiRegister>().MoveAsync(id, AiSystemStatus.Preparation, Ct);

        Assert.Equal(Permission.DecideLifecycle, Assert.IsType<NotAllowed>(result.Error).Permission);
    }

    private static async Task<Guid> RegisterAndScreenAsync(WorkplaceServices services, SeededOrganisation org, ScreeningAnswers answers)
    {
        await using var scope = services.As(org.As(Role.SystemOwner));
        var register = scope.ServiceProvider.GetRequiredService<AiRegister>();
        var id = (await register.RegisterAsync(Some.AiSystem(), Ct)).Value.Id;
        Assert.True((await register.MoveAsync(id, AiSystemStatus.Intake, Ct)).IsSuccess);
        Assert.True((await register.MoveAsync(id, AiSystemStatus.Screening, Ct)).IsSuccess);
        var run = await scope.ServiceProvider.GetRequiredService<ScreeningDesk>().RunAsync(id, answers, Ct);
        Assert.True(run.IsSuccess, run.Error?.Message);
        return id;
    }

    private static async Task MoveAsync(WorkplaceServices services, SeededOrganisation org, Role role, Guid id, params AiSystemStatus[] steps)
    {
        await using var scope = services.As(org.As(role));
        var register = scope.ServiceProvider.GetRequiredService<AiRegister>();
        foreach (var step in steps)
        {
            var moved = await register.MoveAsync(id, step, Ct);
            Assert.True(moved.IsSuccess, moved.Error?.Message);
        }
    }
}

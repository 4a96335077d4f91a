using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Assessments;
using Regie.Workplace.Measures;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests.Workplace.Measures;

/// <summary>
/// The works council sends back a done measure it has to verify, on SQLite and PostgreSQL: only the council, only once
/// the measure is done, always with a reason that is stored and audited.
/// </summary>
public sealed class MeasureReturnTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_council_sends_a_done_measure_back_with_its_reason_and_the_audit_log_keeps_it(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, measure) = await DoneMeasureAsync(services);

        await using var council = services.As(org.As(Role.WorksCouncil));
        var desk = council.ServiceProvider.GetRequiredService<MeasureDesk>();
        var withoutReason = await desk.ReturnAsWorksCouncilAsync(measure, "  ", Ct);
        var returned = await desk.ReturnAsWorksCouncilAsync(measure, "The team dashboard still shows personal figures.", Ct);
        var again = await desk.ReturnAsWorksCouncilAsync(measure, "Once more.", Ct);

        Assert.IsType<ValidationError>(withoutReason.Error);
        Assert.Equal((MeasureStatus.InProgress, "The team dashboard still shows personal figures."), (returned.Value.Status, returned.Value.ReturnReason));
        Assert.IsType<NotReadyForWorksCouncil>(again.Error); // no longer done
        var db = council.ServiceProvider.GetRequiredService<IWorkplaceDb>();
        var audited = await db.AuditEvents.Where(e => e.EntityType == nameof(Measure) && e.EntityId == measure.ToString()).ToListAsync(Ct);
        Assert.Contains(audited, e => e.After is { } after && after.Contains("personal figures", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Only_the_works_council_may_send_a_measure_back(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, measure) = await DoneMeasureAsync(services);

        foreach (var role in PermissionMatrix.AllRoles.Where(r => r != Role.WorksCouncil))
        {
            await using var scope = services.As(org.As(role));
            var result = await scope.ServiceProvider.GetRequiredService<MeasureDesk>().ReturnAsWorksCouncilAsync(measure, "Not good enough.", Ct);
            Assert.True(result.Error is ForbiddenError, $"{role} could send the measure back");
        }
    }

    /// <summary>A measure the works council verifies, moved to done by the system owner.</summary>
    private static async Task<(SeededOrganisation Org, Guid Measure)> DoneMeasureAsync(WorkplaceServices services)
    {
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        Guid group;
        await using (var seed = services.As(WorkplaceActor.System("test", org.Id)))
        {
            group = (await seed.ServiceProvider.GetRequiredService<OrganisationSetup>().AddWorkerGroupAsync(
                new WorkerGroupRequest("Planners", null, ContractTypes.Employee, HeadcountBand.From10To49, null), Ct)).Value.Id;
        }

        await using var owner = services.As(org.As(Role.SystemOwner));
        var system = (await owner.ServiceProvider.GetRequiredService<AiRegister>().RegisterAsync(Some.AiSystem() with { WorkerGroupIds = [group] }, Ct)).Value.Id;
        var assessment = (await owner.ServiceProvider.GetRequiredService<AssessmentDesk>().StartAsync(system, new StartAssessmentRequest(group), Ct)).Value;
        var risk = (await owner.ServiceProvider.GetRequiredService<RiskRegister>().AddAsync(assessment.Id,
            new RiskRequest("Workers feel watched", null, null, 3, 3, null), Ct)).Value;
        var desk = owner.ServiceProvider.GetRequiredService<MeasureDesk>();
        var measure = (await desk.CreateForRiskAsync(risk.Id, new MeasureRequest("No personal figures", null, null, null, "Works council", true), Ct)).Value.Id;
        foreach (var to in new[] { MeasureStatus.InProgress, MeasureStatus.InReview, MeasureStatus.Done })
        {
            var moved = await desk.MoveAsync(measure, new MeasureMoveRequest(to, null, to == MeasureStatus.Done ? "Report switched off" : null), Ct);
            Assert.True(moved.IsSuccess, moved.Error?.Message);
        }

        return (org, measure);
    }
}

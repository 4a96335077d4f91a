using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Assessments;
using Regie.Workplace.Measures;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests.Workplace.Assessments;

/// <summary>
/// Job impact assessments on SQLite and PostgreSQL: the review path to validation with stored opinions, and a change to
/// the AI system that reopens a validated version as a new one, with its risks and measures carried over.
/// </summary>
public sealed class AssessmentReopeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseKind, string, bool> Edits()
    {
        var data = new TheoryData<DatabaseKind, string, bool>();
        foreach (var kind in Enum.GetValues<DatabaseKind>())
        {
            data.Add(kind, "version", true);
            data.Add(kind, "purpose", true);
            data.Add(kind, "data", true);
            data.Add(kind, "group", true);
            data.Add(kind, "name", false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_change_to_version_purpose_data_or_groups_reopens_a_validated_assessment(DatabaseKind kind, string field, bool reopens)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var world = await ValidatedAsync(services);

        await EditSystemAsync(services, world, field);

        await using var scope = services.As(world.Org.As(Role.Auditor));
        var db = scope.ServiceProvider.GetRequiredService<IWorkplaceDb>();
        var versions = await db.JobImpactAssessments.Include(a => a.Tasks).Include(a => a.Signals)
            .Where(a => a.AiSystemId == world.SystemId).OrderBy(a => a.Version).ToListAsync(Ct);
        if (!reopens)
        {
            Assert.Equal(AssessmentStatus.Validated, Assert.Single(versions).Status);
            return;
        }

        Assert.Equal(2, versions.Count);
        var (old, next) = (versions[0], versions[1]);
        Assert.Equal((AssessmentStatus.Superseded, next.Id), (old.Status, old.SupersededById));
        Assert.Equal((AssessmentStatus.InProgress, 2), (next.Status, next.Version));
        Assert.Equal(old.Tasks.Count, next.Tasks.Count);
        Assert.Equal("RS10", Assert.Single(next.Signals).Code);
        var carried = Assert.Single(await db.Risks.Where(r => r.AssessmentId == next.Id).ToListAsync(Ct));
        Assert.Equal(world.RiskId, carried.OriginRiskId);
        var detail = (await scope.ServiceProvider.GetRequiredService<AssessmentQueries>().DetailAsync(next.Id, Ct)).Value;
        Assert.Single(detail.MeasuresFor(carried));
        Assert.Equal(3, await db.Opinions.CountAsync(o => o.AssessmentId == old.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_validation_without_every_opinion_is_refused_and_a_negative_opinion_is_kept(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var world = await SetUpAsync(services);
        await MoveAsync(services, world, Role.Assessor, AssessmentStatus.InProgress);
        await MoveAsync(services, world, Role.Assessor, AssessmentStatus.InReview);
        await MoveAsync(services, world, Role.Reviewer, AssessmentStatus.AwaitingOpinions);
        await OpinionAsync(services, world, Role.PrivacyOfficer, OpinionKind.Privacy, OpinionPosition.Negative);

        await using var scope = services.As(world.Org.As(Role.Executive));
        var result = await scope.ServiceProvider.GetRequiredService<AssessmentReview>()
            .MoveAsync(world.AssessmentId, new AssessmentMoveRequest(AssessmentStatus.Validated, null), Ct);

        var missing = Assert.IsType<OpinionsMissing>(result.Error);
        Assert.Equal([OpinionKind.WorksCouncil, OpinionKind.Prevention], missing.Missing);
        var db = scope.ServiceProvider.GetRequiredService<IWorkplaceDb>();
        Assert.Equal(OpinionPosition.Negative, (await db.Opinions.SingleAsync(o => o.AssessmentId == world.AssessmentId, Ct)).Position);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Every_step_of_the_review_lands_in_the_audit_log(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);

        var world = await ValidatedAsync(services);

        await using var scope = services.As(world.Org.As(Role.Auditor));
        var events = await scope.ServiceProvider.GetRequiredService<IWorkplaceDb>().AuditEvents
            .Where(e => e.EntityId == world.AssessmentId.ToString()).ToListAsync(Ct);
        Assert.Equal(5, events.Count); // created, then four moves: in progress, in review, awaiting opinions, validated
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<IWorkplaceDb>().AuditEvents.CountAsync(e => e.EntityType == nameof(Opinion), Ct));
    }

    private sealed record World(SeededOrganisation Org, Guid SystemId, Guid GroupId, Guid OtherGroupId, Guid AssessmentId, Guid RiskId);

    private static async Task<World> SetUpAsync(WorkplaceServices services)
    {
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        Guid group, other, system;
        await using (var seed = services.As(WorkplaceActor.System("test", org.Id)))
        {
            var setup = seed.ServiceProvider.GetRequiredService<OrganisationSetup>();
            group = (await setup.AddWorkerGroupAsync(new WorkerGroupRequest("Planners", null, ContractTypes.Employee | ContractTypes.Agency, HeadcountBand.From10To49, null), Ct)).Value.Id;
            other = (await setup.AddWorkerGroupAsync(new WorkerGroupRequest("Drivers (outsourced)", null, ContractTypes.Outsourced, HeadcountBand.From50To249, null), Ct)).Value.Id;
            var editor = seed.ServiceProvider.GetRequiredService<Regie.Workplace.JobProfiles.JobProfileEditor>();
            var profile = (await editor.CreateAsync(new Regie.Workplace.JobProfiles.JobProfileRequest("Planner", "4110", null, group), Ct)).Value;
            await editor.AddTaskAsync(profile.Id, new Regie.Workplace.JobProfiles.JobTaskRequest("Make the weekly roster", 40), Ct);
        }

        await using (var owner = services.As(org.As(Role.SystemOwner)))
        {
            system = (await owner.ServiceProvider.GetRequiredService<AiRegister>().RegisterAsync(Some.AiSystem() with { WorkerGroupIds = [group] }, Ct)).Value.Id;
        }

        await using var assessor = services.As(org.As(Role.Assessor));
        var assessment = (await assessor.ServiceProvider.GetRequiredService<AssessmentDesk>().StartAsync(system, new StartAssessmentRequest(group), Ct)).Value;
        await assessor.ServiceProvider.GetRequiredService<AssessmentDesk>().AnswerSignalAsync(assessment.Id, "RS10",
            new SignalAnswerRequest(SignalPresence.Present, SignalDirection.Negative, "Shifts change at short notice", EvidenceSources.Workers, 3, 2, 3, 1), Ct);
        var risk = (await assessor.ServiceProvider.GetRequiredService<RiskRegister>().AddAsync(assessment.Id,
            new RiskRequest("Less predictable rosters", null, "RS10", 3, 3, null), Ct)).Value;
        var measure = await assessor.ServiceProvider.GetRequiredService<MeasureDesk>().CreateForRiskAsync(risk.Id,
            new MeasureRequest("Rosters fixed two weeks ahead", null, null, new DateOnly(2027, 1, 31), "Prevention officer"), Ct);
        Assert.True(measure.IsSuccess, measure.Error?.Message);
        return new World(org, system, group, other, assessment.Id, risk.Id);
    }

    private static async Task<World> ValidatedAsync(WorkplaceServices services)
    {
        var world = await SetUpAsync(services);
        await MoveAsync(services, world, Role.Assessor, AssessmentStatus.InProgress);
        await MoveAsync(services, world, Role.Assessor, AssessmentStatus.InReview);
        await MoveAsync(services, world, Role.Reviewer, AssessmentStatus.AwaitingOpinions);
        await OpinionAsync(services, world, Role.PrivacyOfficer, OpinionKind.Privacy, OpinionPosition.Negative);
        await OpinionAsync(services, world, Role.WorksCouncil, OpinionKind.WorksCouncil, OpinionPosition.Conditional);
        await OpinionAsync(services, world, Role.Reviewer, OpinionKind.Prevention, OpinionPosition.Positive);
        await MoveAsync(services, world, Role.Executive, AssessmentStatus.Validated);
        return world;
    }

    private static async Task EditSystemAsync(WorkplaceServices services, World world, string field)
    {
        await using var owner = services.As(world.Org.As(Role.SystemOwner));
        var request = Some.AiSystem() with { WorkerGroupIds = [world.GroupId] };
        request = field switch
        {
            "version" => request with { Version = "2.0" },
            "purpose" => request with { Purpose = request.Purpose + " and appraising staff" },
            "data" => request with { DataUsed = "rosters, sales per hour, location" },
            "group" => request with { WorkerGroupIds = [world.GroupId, world.OtherGroupId] },
            _ => request with { Name = "Renamed assistant" },
        };
        var updated = await owner.ServiceProvider.GetRequiredService<AiRegister>().UpdateAsync(world.SystemId, request, Ct);
        Assert.True(updated.IsSuccess, updated.Error?.Message);
    }

    private static async Task MoveAsync(WorkplaceServices services, World world, Role role, AssessmentStatus to)
    {
        await using var scope = services.As(world.Org.As(role));
        var moved = await scope.ServiceProvider.GetRequiredService<AssessmentReview>().MoveAsync(world.AssessmentId, new AssessmentMoveRequest(to, null), Ct);
        Assert.True(moved.IsSuccess, moved.Error?.Message);
    }

    private static async Task OpinionAsync(WorkplaceServices services, World world, Role role, OpinionKind kind, OpinionPosition position)
    {
        await using var scope = services.As(world.Org.As(role));
        var given = await scope.ServiceProvider.GetRequiredService<AssessmentReview>()
            .GiveOpinionAsync(world.AssessmentId, new OpinionRequest(kind, position, $"{kind}: {position}"), Ct);
        Assert.True(given.IsSuccess, given.Error?.Message);
    }
}

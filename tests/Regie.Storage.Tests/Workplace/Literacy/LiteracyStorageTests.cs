using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Literacy;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Tests.Workplace.Literacy;

/// <summary>Self-assessments, training and requirements on SQLite and PostgreSQL, with isolation and the audit trail.</summary>
public sealed class LiteracyStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every statement up to <paramref name="upTo"/> answered: Bewust strongly agree, higher levels disagree.</summary>
    private static AssessmentAnswers BewustOnly(LiteracyLevel upTo, Guid? group = null) => new(
        LiteracyInstrument.Shipped.UpTo(upTo).ToDictionary(s => s.Id, s => s.Code.Level == LiteracyLevel.Bewust ? Agreement.StronglyAgree : Agreement.Disagree),
        upTo, group, "Ik wil leren AI-uitkomsten te controleren.");

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Retaking_the_self_assessment_adds_a_version_and_keeps_the_history(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);

        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            var desk = asOverseer.ServiceProvider.GetRequiredService<LiteracyDesk>();
            Assert.True((await desk.TakeAssessmentAsync(BewustOnly(LiteracyLevel.Bekwaam), Ct)).IsSuccess);
            services.Time.Advance(TimeSpan.FromDays(30));
            var all = LiteracyInstrument.Shipped.UpTo(LiteracyLevel.Bekwaam).ToDictionary(s => s.Id, _ => Agreement.Agree);
            Assert.True((await desk.TakeAssessmentAsync(new AssessmentAnswers(all, LiteracyLevel.Bekwaam, null, null), Ct)).IsSuccess);
        }

        await using var again = services.As(org.As(Role.Overseer));
        var mine = (await again.ServiceProvider.GetRequiredService<LiteracyQueries>().MineAsync(Ct)).Value;
        Assert.Equal([2, 1], mine.History.Select(h => h.Version));
        Assert.Equal(LiteracyLevel.Bekwaam, mine.Required.Level); // the overseer's default
        Assert.All(mine.Latest!.Levels.Values, l => Assert.Equal(LiteracyLevel.Bekwaam, l));
        Assert.True(mine.MeetsRequirement);
        Assert.Equal(LiteracyLevel.Bewust, mine.History[1].Levels[Competence.HandsOn]);
        Assert.Equal(0.75, mine.Latest.Scores!["Bm3"], 9);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_missing_answer_is_a_validation_error_per_statement_and_nothing_is_saved(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var answers = BewustOnly(LiteracyLevel.Bewust);
        var missing = answers.Answers.Keys.First();

        await using var asEmployee = services.As(org.As(Role.Employee));
        var result = await asEmployee.ServiceProvider.GetRequiredService<LiteracyDesk>().TakeAssessmentAsync(
            answers with { Answers = answers.Answers.Where(a => a.Key != missing).ToDictionary() }, Ct);

        var invalid = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal([missing], invalid.Fields.Keys);
        Assert.Equal(0, await asEmployee.ServiceProvider.GetRequiredService<IWorkplaceDb>().LiteracyProfiles.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_gaps_name_the_codes_to_work_on_and_courses_colleagues_took_for_them(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using (var asHr = services.As(org.As(Role.Reviewer)))
        {
            var recorded = await asHr.ServiceProvider.GetRequiredService<LiteracyDesk>().RecordTrainingAsync(org.MemberFor(Role.Employee).Id,
                new TrainingRequest("Kritisch kijken naar AI", "Leerhuis", 4, "Bm3, Bm4", new DateOnly(2026, 10, 1), "Certificaat 123", null), Ct);
            Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        }

        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            await asOverseer.ServiceProvider.GetRequiredService<LiteracyDesk>().TakeAssessmentAsync(BewustOnly(LiteracyLevel.Bekwaam), Ct);
        }

        await using var scope = services.As(org.As(Role.Overseer));
        var mine = (await scope.ServiceProvider.GetRequiredService<LiteracyQueries>().MineAsync(Ct)).Value;

        Assert.False(mine.MeetsRequirement);
        Assert.Equal(["Bm1", "Bm2", "Bm3", "Bm4"], mine.Gaps.SelectMany(g => g.ToWorkOn).Select(c => c.ToString()));
        var course = Assert.Single(mine.Suggestions);
        Assert.Equal("Kritisch kijken naar AI", course.Course);
        Assert.Equal(["Bm3", "Bm4"], course.Covers.Select(c => c.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_overseer_of_a_system_that_asks_more_is_flagged_and_meets_it_after_a_new_self_assessment(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var overseer = org.MemberFor(Role.Overseer).Id;
        Guid system;
        await using (var asOwner = services.As(org.As(Role.SystemOwner)))
        {
            system = (await asOwner.ServiceProvider.GetRequiredService<AiRegister>()
                .RegisterAsync(Some.AiSystem("Rooster") with { OverseerMemberIds = [overseer] }, Ct)).Value.Id;
            var set = await asOwner.ServiceProvider.GetRequiredService<LiteracyDesk>()
                .SetSystemRequirementAsync(system, new SystemRequirementRequest(LiteracyLevel.Vloeiend), Ct);
            Assert.True(set.IsSuccess, set.Error?.Message);
        }

        async Task<OverseerLiteracyStatus> StatusAsync()
        {
            await using var asCouncil = services.As(org.As(Role.WorksCouncil));
            var flags = (await asCouncil.ServiceProvider.GetRequiredService<LiteracyQueries>().OverseersAsync(system, Ct)).Value;
            var row = Assert.Single(flags.Overseers);
            Assert.Equal(LiteracyLevel.Vloeiend, row.Required);
            return row.Status;
        }

        Assert.Equal(OverseerLiteracyStatus.NoCurrentSelfAssessment, await StatusAsync());
        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            await asOverseer.ServiceProvider.GetRequiredService<LiteracyDesk>().TakeAssessmentAsync(BewustOnly(LiteracyLevel.Vloeiend), Ct);
        }

        Assert.Equal(OverseerLiteracyStatus.BelowRequiredLevel, await StatusAsync());
        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            var all = LiteracyInstrument.Shipped.UpTo(LiteracyLevel.Vloeiend).ToDictionary(s => s.Id, _ => Agreement.StronglyAgree);
            await asOverseer.ServiceProvider.GetRequiredService<LiteracyDesk>().TakeAssessmentAsync(new AssessmentAnswers(all, LiteracyLevel.Vloeiend, null, null), Ct);
        }

        Assert.Equal(OverseerLiteracyStatus.Meets, await StatusAsync());
        services.Time.Advance(TimeSpan.FromDays(366));
        Assert.Equal(OverseerLiteracyStatus.NoCurrentSelfAssessment, await StatusAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_audit_log_records_a_self_assessment_without_its_levels_scores_or_plan(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using (var asEmployee = services.As(org.As(Role.Employee)))
        {
            await asEmployee.ServiceProvider.GetRequiredService<LiteracyDesk>().TakeAssessmentAsync(BewustOnly(LiteracyLevel.Bewust), Ct);
        }

        await using var asAuditor = services.As(org.As(Role.Auditor));
        var events = await asAuditor.ServiceProvider.GetRequiredService<IWorkplaceDb>().AuditEvents
            .Where(e => e.EntityType == nameof(LiteracyProfile) || e.EntityType == nameof(LiteracyScore)).ToListAsync(Ct);

        Assert.Contains(events, e => e.EntityType == nameof(LiteracyProfile) && e.Action == "created");
        Assert.Equal(4, events.Count(e => e.EntityType == nameof(LiteracyScore)));
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("Level\"", e.After!, StringComparison.Ordinal);
            Assert.DoesNotContain("MeanWeight", e.After!, StringComparison.Ordinal);
            Assert.DoesNotContain("AI-uitkomsten", e.After!, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Another_organisation_cannot_read_or_remove_a_persons_profile_or_training(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var a = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var b = await SeededOrganisation.CreateAsync(services, "Bravo Bouw", Ct);
        Guid training;
        await using (var asEmployee = services.As(b.As(Role.Employee)))
        {
            var desk = asEmployee.ServiceProvider.GetRequiredService<LiteracyDesk>();
            await desk.TakeAssessmentAsync(BewustOnly(LiteracyLevel.Bewust), Ct);
            training = (await desk.RecordTrainingAsync(b.MemberFor(Role.Employee).Id,
                new TrainingRequest("AI voor iedereen", "Leerhuis", 2, "Bt1", new DateOnly(2026, 9, 1), null, null), Ct)).Value.Id;
        }

        await using var asAdmin = services.As(a.As(Role.OrgAdmin));
        var queries = asAdmin.ServiceProvider.GetRequiredService<LiteracyQueries>();
        var desk2 = asAdmin.ServiceProvider.GetRequiredService<LiteracyDesk>();

        Assert.IsType<WorkplaceNotFound>((await queries.PersonAsync(b.MemberFor(Role.Employee).Id, Ct)).Error);
        Assert.IsType<WorkplaceNotFound>((await desk2.RemoveTrainingAsync(training, Ct)).Error);
        Assert.IsType<WorkplaceNotFound>((await desk2.RecordTrainingAsync(b.MemberFor(Role.Employee).Id,
            new TrainingRequest("X", "Y", 1, "Bt1", new DateOnly(2026, 9, 1), null, null), Ct)).Error);
        Assert.Equal(0, (await queries.OverviewAsync(Ct)).Value.Assessed);
        Assert.Empty((await queries.TrainingAsync(Ct)).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_role_requirement_set_by_the_administrator_applies_to_everyone_holding_the_role(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using (var asAdmin = services.As(org.As(Role.OrgAdmin)))
        {
            var set = await asAdmin.ServiceProvider.GetRequiredService<LiteracyDesk>()
                .SetRoleRequirementAsync(new RoleRequirementRequest(Role.Employee, LiteracyLevel.Bekwaam), Ct);
            Assert.True(set.IsSuccess, set.Error?.Message);
        }

        await using var asEmployee = services.As(org.As(Role.Employee));
        var queries = asEmployee.ServiceProvider.GetRequiredService<LiteracyQueries>();
        Assert.Equal(LiteracyLevel.Bekwaam, (await queries.MineAsync(Ct)).Value.Required.Level);
        var row = (await queries.RequirementsAsync(Ct)).Value.Roles.Single(r => r.Role == Role.Employee);
        Assert.False(row.IsDefault);
    }
}

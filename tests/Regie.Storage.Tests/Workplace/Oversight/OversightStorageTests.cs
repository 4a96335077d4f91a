using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Oversight;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using static Regie.Workplace.Oversight.OversightEventKind;

namespace Regie.Storage.Tests.Workplace.Oversight;

/// <summary>The oversight log, its keys and its dashboard on SQLite and PostgreSQL.</summary>
public sealed class OversightStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(SeededOrganisation Org, Guid System)> SystemWithOverseerAsync(WorkplaceServices services)
    {
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var system = (await asOwner.ServiceProvider.GetRequiredService<AiRegister>()
            .RegisterAsync(Some.AiSystem("Rooster") with { OverseerMemberIds = [org.MemberFor(Role.Overseer).Id] }, Ct)).Value;
        return (org, system.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_dashboard_computes_the_figures_of_the_stored_cases_within_the_window(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, system) = await SystemWithOverseerAsync(services);
        var now = services.Time.GetUtcNow();
        (OversightEventKind Kind, int Seconds, int DaysAgo)[] cases =
        [
            (Accepted, 12, 0), (Accepted, 3, 1), (Modified, 7, 2), (Accepted, 45, 8), (Overridden, 5, 8),
            (Accepted, 9, 15), (Escalated, 30, 30), (Accepted, 4, 60), (Modified, 6, 88), (Accepted, 20, 89),
            (Overridden, 500, 91), // outside the 90-day window
        ];
        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            var log = asOverseer.ServiceProvider.GetRequiredService<OversightLog>();
            foreach (var (kind_, seconds, daysAgo) in cases)
            {
                var recorded = await log.RecordAsOverseerAsync(system,
                    new OversightEventRequest(kind_, $"ZAAK-{seconds}", seconds, OccurredAt: now.AddDays(-daysAgo)), Ct);
                Assert.True(recorded.IsSuccess, recorded.Error?.Message);
            }
        }

        await using var asCouncil = services.As(org.As(Role.WorksCouncil));
        var dashboard = (await asCouncil.ServiceProvider.GetRequiredService<OversightDashboard>().ForSystemAsync(system, Ct)).Value;

        // The same ten cases as OversightStatisticsTests: median 8 s, p90 30 s, 6 of 10 accepted, 3 of 10 overridden.
        Assert.Equal(new OversightFigures(10, 6, 2, 1, 0, 1, 8, 30), dashboard.Figures);
        Assert.Equal(org.MemberFor(Role.Overseer).Id, Assert.Single(dashboard.Overseers).MemberId);
        Assert.Equal(10, dashboard.Weeks.Sum(w => w.Cases));
        Assert.Equal(3, dashboard.Weeks.Where(w => w.WeekStart == new DateOnly(2026, 11, 23)).Sum(w => w.Cases)); // Fri 27, Thu 26 and Wed 25 Nov
        Assert.False(dashboard.RubberStamp);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Fifty_quick_acceptances_flag_the_overseer_as_rubber_stamping(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, system) = await SystemWithOverseerAsync(services);
        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            var log = asOverseer.ServiceProvider.GetRequiredService<OversightLog>();
            for (var i = 0; i < 50; i++)
            {
                await log.RecordAsOverseerAsync(system, new OversightEventRequest(i == 0 ? Modified : Accepted, $"C-{i}", 4), Ct);
            }
        }

        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var dashboard = (await asOwner.ServiceProvider.GetRequiredService<OversightDashboard>().ForSystemAsync(system, Ct)).Value;

        Assert.True(dashboard.RubberStamp);
        Assert.True(Assert.Single(dashboard.Overseers).RubberStamp);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_key_is_stored_as_a_hash_only_and_stops_working_when_revoked(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, system) = await SystemWithOverseerAsync(services);
        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var keys = asOwner.ServiceProvider.GetRequiredService<OversightKeys>();
        var db = asOwner.ServiceProvider.GetRequiredService<IWorkplaceDb>();

        var issued = (await keys.IssueAsync(system, new OversightKeyRequest("production"), Ct)).Value;
        var stored = await db.OversightApiKeys.AsNoTracking().SingleAsync(k => k.Id == issued.Key.Id, Ct);
        var found = await keys.AuthenticateAsync(org.Id, system, issued.Secret, Ct);
        var audit = await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == nameof(OversightApiKey)).ToListAsync(Ct);
        await keys.RevokeAsync(issued.Key.Id, Ct);
        var afterRevoke = await keys.AuthenticateAsync(org.Id, system, issued.Secret, Ct);

        Assert.StartsWith(OversightKeys.SecretPrefix, issued.Secret, StringComparison.Ordinal);
        Assert.NotEqual(issued.Secret, stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.Equal(issued.Key.Id, found?.Id);
        Assert.All(audit, a => Assert.DoesNotContain(stored.TokenHash, a.After ?? "", StringComparison.Ordinal));
        Assert.Null(afterRevoke);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Unlinking_an_overseer_removes_their_assignment_but_keeps_their_cases(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, system) = await SystemWithOverseerAsync(services);
        var overseer = org.MemberFor(Role.Overseer).Id;
        await using (var asOverseer = services.As(org.As(Role.Overseer)))
        {
            await asOverseer.ServiceProvider.GetRequiredService<OversightLog>()
                .RecordAsOverseerAsync(system, new OversightEventRequest(Stopped, "C-1", 300), Ct);
        }

        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var designer = asOwner.ServiceProvider.GetRequiredService<OversightDesigner>();
        Assert.True((await designer.SaveAssignmentAsync(system, overseer, new OversightAssignmentRequest(true, true, 6, null), Ct)).IsSuccess);
        await asOwner.ServiceProvider.GetRequiredService<AiRegister>().UpdateAsync(system, Some.AiSystem("Rooster") with { OverseerMemberIds = [] }, Ct);
        var db = asOwner.ServiceProvider.GetRequiredService<IWorkplaceDb>();

        Assert.False(await db.OversightAssignments.AnyAsync(a => a.AiSystemId == system, Ct));
        Assert.Equal(1, await db.OversightEvents.CountAsync(e => e.AiSystemId == system && e.OverseerMemberId == overseer, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Saving_the_design_lands_in_the_audit_log(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var (org, system) = await SystemWithOverseerAsync(services);
        await using var asOwner = services.As(org.As(Role.SystemOwner));

        var saved = await asOwner.ServiceProvider.GetRequiredService<OversightDesigner>().SaveDesignAsync(system,
            new OversightDesignRequest(OversightModel.InTheLoop, "Two-day course", null, null, "Override button", "Stop procedure", "Two planners", 180, "Team lead within a day"), Ct);
        var audit = await asOwner.ServiceProvider.GetRequiredService<IWorkplaceDb>().AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == nameof(OversightDesign)).ToListAsync(Ct);

        Assert.Equal(3, saved.Value.CapabilitiesWithEvidence);
        Assert.Contains("Two-day course", Assert.Single(audit).After, StringComparison.Ordinal);
    }
}

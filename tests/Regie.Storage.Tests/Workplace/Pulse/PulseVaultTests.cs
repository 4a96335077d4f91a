using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage.Pulse;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests.Workplace.Pulse;

/// <summary>The vault keeps answers apart, one per link, without identities, and lets only suppressed aggregates out.</summary>
public sealed class PulseVaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_link_counts_one_response_only(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        var token = (await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupA, 1, Ct)).Single();

        var first = await PulseSetup.AnswerAsync(services, token, _ => 2, Ct);
        var second = await PulseSetup.AnswerAsync(services, token, _ => 3, Ct);

        await using var scope = services.As(WorkplaceActor.Anonymous);
        var ballot = await scope.ServiceProvider.GetRequiredService<IPulseVault>().FindAsync(PulseToken.Hash(token), Ct);
        Assert.Equal(BallotOutcome.Counted, first.Value);
        Assert.Equal(BallotOutcome.AlreadyUsed, Assert.IsType<BallotUnavailable>(second.Error).Outcome);
        Assert.True(ballot!.Used); // found: the link was issued
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PulseVaultDbContext>().Responses.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Answers_are_taken_only_while_the_wave_is_open(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        var tokens = await pulse.LinksAsync(services, org, pulse.FollowUp, pulse.GroupA, 2, Ct);

        var draft = await PulseSetup.AnswerAsync(services, tokens[0], _ => 2, Ct);
        await using (var steward = services.As(org.As(Role.SurveySteward)))
        {
            var waves = steward.ServiceProvider.GetRequiredService<PulseWaves>();
            await waves.OpenAsync(pulse.FollowUp, Ct);
            await waves.CloseAsync(pulse.FollowUp, Ct);
        }

        var closed = await PulseSetup.AnswerAsync(services, tokens[1], _ => 2, Ct);
        var unknown = await PulseSetup.AnswerAsync(services, PulseToken.New(), _ => 2, Ct);

        Assert.Equal(BallotOutcome.WaveNotOpen, Assert.IsType<BallotUnavailable>(draft.Error).Outcome);
        Assert.Equal(BallotOutcome.WaveNotOpen, Assert.IsType<BallotUnavailable>(closed.Error).Outcome);
        Assert.Equal(BallotOutcome.UnknownLink, Assert.IsType<BallotUnavailable>(unknown.Error).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_vault_migrations_match_its_model(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var vault = scope.ServiceProvider.GetRequiredService<PulseVaultDbContext>();

        var pending = await vault.Database.GetPendingMigrationsAsync(Ct);

        Assert.Empty(pending);
        Assert.False(vault.Database.HasPendingModelChanges(), "The vault model changed since its last migration.");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_employer_database_cannot_query_answers_or_links(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();

        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName() ?? "").ToList();

        Assert.DoesNotContain(tables, t => t.StartsWith("PulseVault", StringComparison.Ordinal));
        Assert.Null(db.Model.FindEntityType(typeof(VaultResponse)));
        Assert.Throws<InvalidOperationException>(() => db.Set<VaultAnswer>().ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_stored_response_holds_no_link_no_time_and_no_person(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var vault = scope.ServiceProvider.GetRequiredService<PulseVaultDbContext>();

        var columns = vault.Model.FindEntityType(typeof(VaultResponse))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal); // mapped type
        var linkColumns = vault.Model.FindEntityType(typeof(VaultLink))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["Id", "OrganisationId", "WaveId", "WorkerGroupId"], columns);
        Assert.Equal(["OrganisationId", "TokenHash", "Used", "WaveId", "WorkerGroupId"], linkColumns);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Results_come_out_suppressed_per_group_and_wave(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        var a = await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupA, 12, Ct);
        var b = await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupB, 3, Ct);
        foreach (var (token, i) in a.Concat(b).Select((t, i) => (t, i)))
        {
            await PulseSetup.AnswerAsync(services, token, max => (i % max) + 1, Ct);
        }

        await using var council = services.As(org.As(Role.WorksCouncil));
        var dashboard = (await council.ServiceProvider.GetRequiredService<PulseQueries>().DashboardAsync(pulse.SurveyId, null, Ct)).Value;

        Assert.Equal(SuppressionReason.TooFewRespondents, dashboard.Table.Cell(pulse.Baseline, pulse.GroupB)!.Suppressed);
        Assert.Equal(SuppressionReason.Complementary, dashboard.Table.Cell(pulse.Baseline, pulse.GroupA)!.Suppressed);
        Assert.Equal(15, dashboard.Table.Cell(pulse.Baseline, null)!.Respondents);
        Assert.Equal(12, dashboard.Waves[0].LinksIssued[pulse.GroupA]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Another_organisation_finds_neither_the_survey_nor_its_waves(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var alfa = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var bravo = await SeededOrganisation.CreateAsync(services, "Bravo Logistiek", Ct);
        var pulse = await PulseSetup.CreateAsync(services, alfa, Ct);

        await using var steward = services.As(bravo.As(Role.SurveySteward));
        var dashboard = await steward.ServiceProvider.GetRequiredService<PulseQueries>().DashboardAsync(pulse.SurveyId, null, Ct);
        var links = await steward.ServiceProvider.GetRequiredService<PulseWaves>().IssueLinksAsync(pulse.Baseline, new LinksRequest(pulse.GroupA, 5), Ct);
        var rules = await steward.ServiceProvider.GetRequiredService<PulseSurveys>().SetRulesAsync(pulse.SurveyId, new RulesRequest(20, 2), Ct);
        var table = await steward.ServiceProvider.GetRequiredService<IPulseVault>().AggregateAsync(bravo.Id,
            new AggregationRequest(Regie.Workplace.Pulse.Instrument.InstrumentFile.Current, AnonymityRules.Default, [new WaveToAggregate(pulse.Baseline, true)], [pulse.GroupA]), Ct);

        Assert.IsType<Regie.Workplace.WorkplaceNotFound>(dashboard.Error);
        Assert.IsType<Regie.Workplace.WorkplaceNotFound>(links.Error);
        Assert.IsType<Regie.Workplace.WorkplaceNotFound>(rules.Error);
        Assert.All(table.Cells, c => Assert.Equal(SuppressionReason.NoResponses, c.Suppressed));
    }
}

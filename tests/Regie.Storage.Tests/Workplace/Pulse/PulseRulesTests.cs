using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;

namespace Regie.Storage.Tests.Workplace.Pulse;

/// <summary>Anonymity rules only tighten once answers exist; thresholds raise a flag and an RI&amp;E measure.</summary>
public sealed class PulseRulesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task K_can_be_lowered_to_the_floor_before_answers_and_only_raised_after(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        await using var steward = services.As(org.As(Role.SurveySteward));
        var surveys = steward.ServiceProvider.GetRequiredService<PulseSurveys>();

        var belowFloor = await surveys.SetRulesAsync(pulse.SurveyId, new RulesRequest(4, 2), Ct);
        var lowered = (await surveys.SetRulesAsync(pulse.SurveyId, new RulesRequest(5, 2), Ct)).Value.K; // the tracked survey changes later
        var token = (await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupA, 1, Ct)).Single();
        await PulseSetup.AnswerAsync(services, token, _ => 2, Ct);
        var raised = (await surveys.SetRulesAsync(pulse.SurveyId, new RulesRequest(8, 2), Ct)).Value.K;
        var loweredAgain = await surveys.SetRulesAsync(pulse.SurveyId, new RulesRequest(6, 2), Ct);

        Assert.Contains("K", Assert.IsType<ValidationError>(belowFloor.Error).Fields.Keys);
        Assert.Equal(5, lowered);
        Assert.Equal(8, raised);
        Assert.IsType<AnonymityLocked>(loweredAgain.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_crossed_threshold_flags_the_system_and_asks_the_prevention_officer_to_update_the_RIE(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        await using (var steward = services.As(org.As(Role.SurveySteward)))
        {
            await steward.ServiceProvider.GetRequiredService<PulseSurveys>()
                .AddThresholdAsync(pulse.SurveyId, new ThresholdRequest("workload", PulseIndicator.ShareHigh, ChangeDirection.Rise, 10), Ct);
            await steward.ServiceProvider.GetRequiredService<PulseWaves>().OpenAsync(pulse.FollowUp, Ct);
        }

        // Before: answers 1 or 2 (never high); after: 3 or 4 (always high).
        var before = await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupA, 12, Ct);
        var after = await pulse.LinksAsync(services, org, pulse.FollowUp, pulse.GroupA, 12, Ct);
        for (var i = 0; i < 12; i++)
        {
            var odd = i % 2;
            await PulseSetup.AnswerAsync(services, before[i], _ => 1 + odd, Ct);
            await PulseSetup.AnswerAsync(services, after[i], max => max - odd, Ct);
        }

        await using (var steward = services.As(org.As(Role.SurveySteward)))
        {
            await steward.ServiceProvider.GetRequiredService<PulseWaves>().CloseAsync(pulse.FollowUp, Ct);
        }

        await using var officer = services.As(org.As(Role.Reviewer));
        var flags = (await officer.ServiceProvider.GetRequiredService<PulseQueries>().FlagsForSystemAsync(pulse.SystemId, Ct)).Value;
        var db = officer.ServiceProvider.GetRequiredService<RegieDbContext>();
        var measures = await db.Measures.Where(m => m.AiSystemId == pulse.SystemId).ToListAsync(Ct);

        Assert.Equal(2, flags.Count); // the group and the total of the wave
        Assert.All(flags, f => Assert.Equal(100, f.Change, 6));
        Assert.Equal(2, measures.Count);
        Assert.All(measures, m => Assert.Equal(MeasureSource.Other, m.Source));
        Assert.Equal(flags.Select(f => f.MeasureId).Order(), measures.Select(m => (Guid?)m.Id).Order());
    }
}

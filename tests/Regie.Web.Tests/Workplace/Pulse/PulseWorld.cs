using Microsoft.Extensions.DependencyInjection;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Tests.Workplace.Pulse;

/// <summary>
/// Two organisations (<see cref="TwoOrganisations"/>) where A runs a pulse on its AI system: an open baseline wave
/// with 12 varied responses from A's worker group, a draft follow-up wave, and unused links for the answer page.
/// </summary>
public sealed class PulseWorld : IAsyncLifetime
{
    public TwoOrganisations Orgs { get; } = new();

    public Guid SurveyId { get; private set; }

    public Guid Baseline { get; private set; }

    public Guid FollowUp { get; private set; }

    public Queue<string> UnusedLinks { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Orgs.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        var a = Orgs.A;
        IReadOnlyList<string> tokens;
        await using (var scope = Orgs.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", a.Id));
            var survey = (await scope.ServiceProvider.GetRequiredService<PulseSurveys>().CreateAsync(new SurveyRequest(a.SystemId), ct)).Value;
            var waves = scope.ServiceProvider.GetRequiredService<PulseWaves>();
            Baseline = (await waves.AddAsync(survey.Id, new WaveRequest("T0", WaveKind.Baseline), ct)).Value.Id;
            FollowUp = (await waves.AddAsync(survey.Id, new WaveRequest("T+3m", WaveKind.FollowUp), ct)).Value.Id;
            await waves.OpenAsync(Baseline, ct);
            tokens = (await waves.IssueLinksAsync(Baseline, new LinksRequest(a.GroupId, 16), ct)).Value.Tokens;
            SurveyId = survey.Id;
        }

        for (var i = 0; i < 12; i++)
        {
            await using var visitor = Orgs.Host.Services.CreateAsyncScope();
            var answers = InstrumentFile.Current.DimensionsFor(baseline: true)
                .SelectMany(d => d.Items.Select(item => (item.Code, Value: (int?)((i % d.Scale.Max) + 1))))
                .ToDictionary(x => x.Code, x => x.Value, StringComparer.Ordinal);
            var outcome = await visitor.ServiceProvider.GetRequiredService<PulseAnswering>().SubmitAsync(tokens[i], answers, ct);
            Assert.True(outcome.IsSuccess, outcome.Error?.Message);
        }

        foreach (var token in tokens.Skip(12))
        {
            UnusedLinks.Enqueue(token);
        }
    }

    public async ValueTask DisposeAsync() => await Orgs.DisposeAsync();
}

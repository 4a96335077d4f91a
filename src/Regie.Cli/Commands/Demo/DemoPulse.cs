using Regie.Cli.Commands.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The demo's job-quality pulse: the survey steward sets up a survey (default k), a baseline wave before go-live and a
/// follow-up wave after it, issues anonymous links per worker group, and synthetic workers answer through those links
/// exactly as people would (<see cref="PulseAnswering"/>). The answers are DEMO DATA drawn from a seeded random source:
/// after go-live the workload and the felt monitoring go up and autonomy goes down a little, so the before/after table
/// has something to show. Every group answers with more than k people, so its results are published.
/// </summary>
internal sealed class DemoPulse(WorkplaceSession session, IReadOnlyDictionary<Role, WorkplaceActor> cast, Random random)
{
    /// <summary>Answers per worker group and wave: above the default k of 10, different per group.</summary>
    private static readonly int[] Respondents = [16, 13, 11];

    /// <summary>The drift after go-live per dimension code, in scale points (demo assumption, not a finding).</summary>
    private static readonly Dictionary<string, double> AfterGoLive = new(StringComparer.Ordinal)
    {
        ["workload"] = 0.6,
        ["autonomy"] = -0.4,
        ["exhaustion"] = 0.3,
        ["ai.monitoring"] = 1.2,
    };

    private IReadOnlyList<Guid> _groups = [];

    public async Task<Guid> BaselineAsync(Guid systemId, IReadOnlyList<Guid> groups, CancellationToken ct)
    {
        _groups = groups;
        session.Enter(cast[Role.SurveySteward]);
        var survey = Expected.Value(await session.Get<PulseSurveys>().CreateAsync(new SurveyRequest(systemId), ct), "create the demo pulse").Id;
        await WaveAsync(survey, "T0 (nulmeting)", WaveKind.Baseline, after: false, ct);
        return survey;
    }

    public Task FollowUpAsync(Guid survey, CancellationToken ct) => WaveAsync(survey, "T1 (na invoering)", WaveKind.FollowUp, after: true, ct);

    private async Task WaveAsync(Guid survey, string label, WaveKind kind, bool after, CancellationToken ct)
    {
        var what = $"run the pulse wave {label}";
        session.Enter(cast[Role.SurveySteward]);
        var waves = session.Get<PulseWaves>();
        var wave = Expected.Value(await waves.AddAsync(survey, new WaveRequest(label, kind), ct), what).Id;
        Expected.Value(await waves.OpenAsync(wave, ct), what);
        var tokens = new List<string>();
        for (var g = 0; g < _groups.Count; g++)
        {
            tokens.AddRange(Expected.Value(await waves.IssueLinksAsync(wave, new LinksRequest(_groups[g], Respondents[g % Respondents.Length]), ct), what).Tokens);
        }

        var answering = session.Get<PulseAnswering>();
        foreach (var token in tokens)
        {
            var ballot = Expected.Value(await answering.OpenAsync(token, ct), what);
            Expected.Value(await answering.SubmitAsync(token, Answers(ballot, after), ct), what);
        }

        session.Enter(cast[Role.SurveySteward]);
        Expected.Value(await waves.CloseAsync(wave, ct), what);
    }

    /// <summary>One synthetic respondent: a personal level per dimension around the scale's middle, items scattered around it.</summary>
    private Dictionary<string, int?> Answers(BallotForm ballot, bool after)
    {
        var answers = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var dimension in ballot.Dimensions)
        {
            var (min, max) = (dimension.Scale.Min, dimension.Scale.Max);
            var level = ((min + max) / 2.0) + (random.NextDouble() - 0.5) * (max - min) * 0.8
                + (after ? AfterGoLive.GetValueOrDefault(dimension.Code) : 0);
            foreach (var item in dimension.Items)
            {
                answers[item.Code] = Math.Clamp((int)Math.Round(level + random.NextDouble() - 0.5, MidpointRounding.AwayFromZero), min, max);
            }
        }

        return answers;
    }
}

using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Tests.Pulse;

/// <summary>Builds anonymous responses to the shipped instrument for aggregation tests.</summary>
internal static class Ballots
{
    public static PulseInstrument Instrument => InstrumentFile.Current;

    /// <summary><paramref name="count"/> responses; the answer to each item is <paramref name="answer"/>(respondent, scale max), clamped to the scale.</summary>
    public static IEnumerable<AnonymousResponse> For(Guid wave, Guid group, int count, Func<int, int, int> answer, bool baseline = false) =>
        Enumerable.Range(0, count).Select(r => new AnonymousResponse(wave, group,
            Instrument.DimensionsFor(baseline).SelectMany(d => d.Items.Select(i => (i.Code, Value: Math.Clamp(answer(r, d.Scale.Max), d.Scale.Min, d.Scale.Max))))
                .ToDictionary(a => a.Code, a => a.Value, StringComparer.Ordinal)));

    /// <summary>Answers that vary between respondents (respondent number modulo the scale, plus one).</summary>
    public static int Varied(int respondent, int max) => (respondent % max) + 1;

    public static AggregationRequest Request(AnonymityRules rules, IReadOnlyList<WaveToAggregate> waves, params Guid[] groups) =>
        new(Instrument, rules, waves, groups);
}

using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Pulse.Aggregation;

/// <summary>
/// Turns anonymous responses into the published table. Per wave:
/// <list type="number">
/// <item>Primary suppression: a group cell is hidden with fewer than k respondents or, in any dimension, fewer than
/// the minimum of distinct scores (so "everybody answered always" is never shown).</item>
/// <item>Complementary suppression: the wave total minus the shown groups equals the hidden groups together. While
/// that remainder is not empty and would itself fail the rules, the smallest shown group is hidden too; when no group
/// is left to hide, the total is hidden.</item>
/// </list>
/// Invariant: every shown cell has at least k respondents, and the total minus any set of shown groups is empty or
/// has at least k respondents with enough distinct answers. Runs inside the vault (workplace domain note §5.1–5.2).
/// </summary>
public static class PulseAggregator
{
    public static PulseTable Aggregate(AggregationRequest request, IReadOnlyList<AnonymousResponse> responses)
    {
        var cells = new List<PulseCell>();
        foreach (var wave in request.Waves)
        {
            var dimensions = request.Instrument.DimensionsFor(wave.Baseline);
            var groups = request.WorkerGroups.ToDictionary(
                g => g,
                g => responses.Where(r => r.WaveId == wave.Id && r.WorkerGroupId == g).Select(r => Scores(dimensions, r)).ToList());
            cells.AddRange(Wave(wave.Id, dimensions, groups, request.Rules));
        }

        return new PulseTable(request.Rules.K, cells);
    }

    private static IEnumerable<PulseCell> Wave(
        Guid wave, IReadOnlyList<PulseDimension> dimensions, Dictionary<Guid, List<double[]>> groups, AnonymityRules rules)
    {
        var reasons = groups.ToDictionary(g => g.Key, g => Check(g.Value, dimensions, rules));
        var shown = groups.Keys.Where(g => reasons[g] == SuppressionReason.None)
            .OrderBy(g => groups[g].Count).ThenBy(g => g).ToList();
        while (Hidden(groups, reasons) is { Count: > 0 } hidden && Check(hidden, dimensions, rules) != SuppressionReason.None && shown.Count > 0)
        {
            reasons[shown[0]] = SuppressionReason.Complementary;
            shown.RemoveAt(0);
        }

        var all = groups.Values.SelectMany(g => g).ToList();
        var remainder = Hidden(groups, reasons);
        var total = Check(all, dimensions, rules) is var own and not SuppressionReason.None ? own
            : remainder.Count > 0 && Check(remainder, dimensions, rules) != SuppressionReason.None ? SuppressionReason.Complementary
            : SuppressionReason.None;
        foreach (var (group, scores) in groups)
        {
            yield return Cell(wave, group, reasons[group], scores, dimensions);
        }

        yield return Cell(wave, null, total, all, dimensions);
    }

    private static List<double[]> Hidden(Dictionary<Guid, List<double[]>> groups, Dictionary<Guid, SuppressionReason> reasons) =>
        [.. groups.Where(g => reasons[g.Key] != SuppressionReason.None).SelectMany(g => g.Value)];

    private static SuppressionReason Check(List<double[]> scores, IReadOnlyList<PulseDimension> dimensions, AnonymityRules rules) =>
        scores.Count == 0 ? SuppressionReason.NoResponses
        : scores.Count < rules.K ? SuppressionReason.TooFewRespondents
        : Enumerable.Range(0, dimensions.Count).Any(d => scores.Select(s => Math.Round(s[d], 6)).Distinct().Count() < rules.MinDistinctAnswers)
            ? SuppressionReason.TooFewDistinctAnswers
        : SuppressionReason.None;

    private static PulseCell Cell(Guid wave, Guid? group, SuppressionReason reason, List<double[]> scores, IReadOnlyList<PulseDimension> dimensions) =>
        reason != SuppressionReason.None
            ? new PulseCell(wave, group, reason, null, [])
            : new PulseCell(wave, group, reason, scores.Count, [.. dimensions.Select((d, i) => Stats(d, [.. scores.Select(s => s[i])]))]);

    private static DimensionStats Stats(PulseDimension dimension, double[] scores)
    {
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1);
        return new DimensionStats(dimension.Code, scores.Length, mean, variance, scores.Count(s => s >= dimension.HighFrom));
    }

    /// <summary>A respondent's score per dimension: the mean of their answers to its items.</summary>
    private static double[] Scores(IReadOnlyList<PulseDimension> dimensions, AnonymousResponse response) =>
        [.. dimensions.Select(d => d.Items.Average(i => (double)response.Answers[i.Code]))];
}

using System.Runtime.InteropServices;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;

namespace Regie.Data.Readers.UsIndices;

/// <summary>An index's ISCO-08 scores and the coverage of the route that produced them.</summary>
internal sealed record IscoAggregate(IReadOnlyList<IndexScore> Scores, CrosswalkCoverage Coverage);

/// <summary>
/// Brings scores in a US classification to ISCO-08 unit groups. Rule (exposure-and-data.md §2): the score of a
/// unit group is the unweighted mean over the distinct source occupations that the composed crosswalk links to it;
/// <see cref="IndexScore.LinkedOccupations"/> is how many there are. Partial matches count like full ones.
/// </summary>
internal static class IscoAggregation
{
    /// <summary>Aggregates one index. The result does not depend on the order of <paramref name="scores"/>.</summary>
    /// <param name="index">The index the scores belong to.</param>
    /// <param name="scores">Source occupations with their score; each code at most once.</param>
    /// <param name="toIsco">Composed crosswalk from the source classification to 4-digit ISCO-08 codes.</param>
    /// <exception cref="ArgumentException">A source code repeats, or a target is not an ISCO-08 unit group.</exception>
    public static IscoAggregate Aggregate(ExposureIndex index, IReadOnlyList<SourceScore> scores, Crosswalk toIsco)
    {
        // Summing in code order, not input order, makes the floating-point result independent of the input order.
        var ordered = scores.ToArray();
        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        var groups = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var linked = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var source = ordered[i];
            if (i > 0 && ordered[i - 1].Code == source.Code)
            {
                throw new ArgumentException($"Source code '{source.Code}' appears more than once.", nameof(scores));
            }

            var targets = toIsco.TargetsOf(source.Code);
            linked += targets.Count > 0 ? 1 : 0;
            foreach (var target in targets)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, target, out _);
                group.Add(source.Score);
            }
        }

        var result = groups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndexScore(index, UnitGroup(g.Key), g.Value.Mean, g.Value.Count))
            .ToArray();
        return new IscoAggregate(result, new CrosswalkCoverage(index, ordered.Length, linked, result.Length));
    }

    private static IscoCode UnitGroup(string code) =>
        IscoCode.TryParse(code, out var isco) && isco.Level == 4
            ? isco
            : throw new ArgumentException($"Crosswalk target '{code}' is not an ISCO-08 unit group.", nameof(code));

    private struct Accumulator
    {
        private double _sum;
        private double _min;
        private double _max;

        public int Count { get; private set; }

        // A mean lies within [min, max]; clamping removes the one-ulp excursions that rounding of the sum can cause
        // (three times 0.1 sums to 0.30000000000000004).
        public readonly double Mean => Math.Clamp(_sum / Count, _min, _max);

        public void Add(double value)
        {
            _min = Count == 0 ? value : Math.Min(_min, value);
            _max = Count == 0 ? value : Math.Max(_max, value);
            _sum += value;
            Count++;
        }
    }
}

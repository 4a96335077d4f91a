using CsCheck;
using Regie.Workplace.Pulse.Aggregation;

namespace Regie.Workplace.Tests.Pulse;

/// <summary>
/// Whatever the group sizes, answers, k, filters and waves: no published cell has fewer than k respondents, and no
/// difference of two published aggregates (a total minus any set of shown groups) isolates fewer than k people or a
/// set of people who all gave the same answer.
/// </summary>
public sealed class SuppressionPropertyTests
{
    private static readonly Guid Baseline = Guid.Parse("00000000-0000-0000-0000-0000000000b0");
    private static readonly Guid FollowUp = Guid.Parse("00000000-0000-0000-0000-0000000000f1");

    /// <summary>k, minimum distinct answers, per wave the size of each group, per group how widely answers spread, a seed and a filter mask.</summary>
    private static readonly Gen<Case> Cases =
        from k in Gen.Int[5, 12]
        from distinct in Gen.Int[2, 3]
        from groups in Gen.Int[1, 6]
        from sizes in Gen.Int[0, 25].Array[groups * 2]
        from spreads in Gen.Int[1, 4].Array[groups]
        from seed in Gen.Int
        from mask in Gen.Int[0, 63]
        select new Case(k, distinct, sizes, spreads, seed, mask);

    [Fact]
    public void No_published_cell_or_difference_of_published_cells_has_fewer_than_k_respondents() =>
        Cases.Sample(c =>
        {
            var (table, responses, groups) = c.Aggregate();
            foreach (var wave in new[] { Baseline, FollowUp })
            {
                var cells = table.Cells.Where(x => x.WaveId == wave).ToList();
                Assert.All(cells.Where(x => x.IsPublished), x =>
                {
                    Assert.True(x.Respondents >= c.K, $"published cell with {x.Respondents} < k = {c.K}");
                    Assert.All(x.Dimensions, d => Assert.True(d.N >= c.K));
                });
                var total = cells.Single(x => x.WorkerGroupId is null);
                var shown = cells.Where(x => x.WorkerGroupId is not null && x.IsPublished).ToList();
                if (total.IsPublished)
                {
                    foreach (var subset in Subsets(shown))
                    {
                        var rest = total.Respondents!.Value - subset.Sum(x => x.Respondents!.Value);
                        Assert.True(rest == 0 || rest >= c.K, $"total minus {subset.Count} shown groups leaves {rest} < k = {c.K}");
                    }

                    var hidden = responses.Where(r => r.WaveId == wave && shown.All(s => s.WorkerGroupId != r.WorkerGroupId)).ToList();
                    Assert.True(hidden.Count == 0 || DistinctEverywhere(hidden, wave == Baseline, c.MinDistinct),
                        "the hidden groups together (total minus shown) all gave the same answer in some dimension");
                }
            }
        }, iter: 400);

    [Fact]
    public void Filtering_groups_only_selects_rows_of_the_same_table() =>
        Cases.Sample(c =>
        {
            var (table, _, groups) = c.Aggregate();
            var filter = groups.Where((_, i) => (c.Mask & (1 << i)) != 0).ToList();

            var filtered = table.Only(filter);

            Assert.All(filtered.Cells, x => Assert.Contains(x, table.Cells));
            Assert.All(filtered.Cells.Where(x => x.IsPublished), x => Assert.True(x.Respondents >= c.K));
            Assert.Equal(table.Cells.Where(x => x.WorkerGroupId is null), filtered.Cells.Where(x => x.WorkerGroupId is null));
        }, iter: 200);

    private static bool DistinctEverywhere(List<AnonymousResponse> responses, bool baseline, int minDistinct) =>
        Ballots.Instrument.DimensionsFor(baseline).All(d =>
            responses.Select(r => Math.Round(d.Items.Average(i => (double)r.Answers[i.Code]), 6)).Distinct().Count() >= minDistinct);

    private static IEnumerable<List<PulseCell>> Subsets(List<PulseCell> cells) =>
        Enumerable.Range(1, (1 << cells.Count) - 1).Select(m => cells.Where((_, i) => (m & (1 << i)) != 0).ToList());

    internal sealed record Case(int K, int MinDistinct, int[] Sizes, int[] Spreads, int Seed, int Mask)
    {
        public (PulseTable Table, List<AnonymousResponse> Responses, Guid[] Groups) Aggregate()
        {
            var groups = Enumerable.Range(1, Spreads.Length).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
            var random = new Random(Seed);
            var responses = new List<AnonymousResponse>();
            for (var g = 0; g < groups.Length; g++)
            {
                var spread = Spreads[g];
                responses.AddRange(Ballots.For(Baseline, groups[g], Sizes[g], (_, max) => random.Next(1, Math.Min(spread, max) + 1), baseline: true));
                responses.AddRange(Ballots.For(FollowUp, groups[g], Sizes[groups.Length + g], (_, max) => random.Next(1, Math.Min(spread, max) + 1)));
            }

            var request = Ballots.Request(new AnonymityRules(K, MinDistinct),
                [new WaveToAggregate(Baseline, true), new WaveToAggregate(FollowUp, false)], groups);
            return (PulseAggregator.Aggregate(request, responses), responses, groups);
        }
    }
}

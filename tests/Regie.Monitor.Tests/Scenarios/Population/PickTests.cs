using CsCheck;
using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class PickTests
{
    private static readonly Draws Draws = new(42);

    [Fact]
    public void A_uniform_pick_takes_exactly_the_count_asked_for() =>
        Gen.Int[0, 500].Select(Gen.Int[0, 600]).Sample((n, count) =>
        {
            var candidates = Enumerable.Range(0, n).Select(i => i * 3).ToArray();

            var picked = Pick.Uniform(candidates, count, Draws, DrawStream.SeniorSingles);

            Assert.Equal(Math.Min(n, count), picked.Length);
            Assert.Equal(picked.Length, picked.Distinct().Count());
            Assert.All(picked, p => Assert.Contains(p, candidates));
        });

    [Fact]
    public void A_weighted_pick_never_takes_weight_zero_and_favours_heavy_candidates()
    {
        var candidates = Enumerable.Range(0, 10_000).ToArray();

        var picked = Pick.Weighted(candidates, c => c % 3 == 0 ? 0 : c % 2 == 0 ? 4 : 1, 2_000, Draws, DrawStream.BijstandPick);

        Assert.Equal(2_000, picked.Length);
        Assert.DoesNotContain(picked, c => c % 3 == 0);
        Assert.True(picked.Count(c => c % 2 == 0) > 3 * picked.Count(c => c % 2 == 1));
    }

    [Fact]
    public void Fill_meets_every_cell_quota_exactly() =>
        Gen.Int[-1, 3].Array[0, 400].Sample(cells =>
        {
            var members = Enumerable.Range(0, 4).Select(c => cells.Count(x => x == c)).ToArray();
            var quotas = members.Select(m => new[] { m / 3, m / 4 }).ToArray();
            var got = new int[4, 2];

            Pick.Fill(cells, quotas, Draws, DrawStream.EmploymentOrder, (record, category) => got[cells[record], category]++);

            for (var c = 0; c < 4; c++)
            {
                Assert.Equal(quotas[c][0], got[c, 0]);
                Assert.Equal(quotas[c][1], got[c, 1]);
            }
        });

    [Fact]
    public void Fill_is_a_pure_function_of_seed_and_stream()
    {
        var cells = Enumerable.Range(0, 1_000).Select(i => i % 5).ToArray();
        var quotas = Enumerable.Range(0, 5).Select(_ => new[] { 50, 30 }).ToArray();
        var first = new int[cells.Length];
        var second = new int[cells.Length];

        Pick.Fill(cells, quotas, Draws, DrawStream.WwOrder, (r, c) => first[r] = c + 1);
        Pick.Fill(cells, quotas, new Draws(42), DrawStream.WwOrder, (r, c) => second[r] = c + 1);

        Assert.Equal(first, second);
    }
}

using BenchmarkDotNet.Attributes;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Benchmarks;

/// <summary>
/// The distributional statistics a scenario run computes up to ~20 times (baseline and scenario, per year and draw):
/// sort 8.2 million household incomes once, then the Gini and the deciles. The radix sort against a comparison sort
/// (<c>Array.Sort(keys, indices)</c> on the same order-preserving keys, the baseline), both on reused buffers, and the
/// radix path once more with fresh buffers to show what reusing them saves.
/// </summary>
/// <remarks>Incomes are log-normal around the CBS 2024 median standardised disposable income (€36.5k, σ = 0.55 in
/// logs); weights are a household weight near 1 times 1–4 persons. Seeded: every run sorts the same numbers.</remarks>
[MemoryDiagnoser]
public class DistributionBenchmarks
{
    private double[] _income = [];
    private double[] _weight = [];
    private DistributionBuffers _buffers = new();

    [Params(100_000, 8_200_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var random = new SeededRandom(20_260_004);
        _income = new double[Households];
        _weight = new double[Households];
        for (var i = 0; i < Households; i++)
        {
            _income[i] = 36_500 * Math.Exp(0.55 * random.NextNormal());
            _weight[i] = (0.9 + (0.2 * random.NextDouble())) * (1 + random.NextInt(4));
        }

        _buffers = new DistributionBuffers(Households);
    }

    [Benchmark(Baseline = true, Description = "Array.Sort(keys, indices) + Gini + deciles")]
    public int ComparisonSort() => GiniAndDeciles(IncomeDistribution.Create(_income, _weight, _buffers, SortStrategy.Comparison));

    [Benchmark(Description = "Radix sort + Gini + deciles")]
    public int RadixSort() => GiniAndDeciles(IncomeDistribution.Create(_income, _weight, _buffers, SortStrategy.Radix));

    [Benchmark(Description = "Radix sort + Gini + deciles, fresh buffers")]
    public int RadixSortFreshBuffers() => GiniAndDeciles(IncomeDistribution.Create(_income, _weight));

    [Benchmark(Description = "Radix sort only (Create)")]
    public int RadixCreate() => IncomeDistribution.Create(_income, _weight, _buffers, SortStrategy.Radix).DistinctIncomes;

    private static int GiniAndDeciles(IncomeDistribution distribution)
    {
        var gini = distribution.Gini();
        var deciles = distribution.Deciles();
        return deciles.DecileOfRecord[0] + (gini.Value > 0.5 ? 1 : 0);
    }
}

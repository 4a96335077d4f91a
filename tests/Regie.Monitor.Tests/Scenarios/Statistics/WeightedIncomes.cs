using CsCheck;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>A weighted income sample for the property tests, with its generators.</summary>
internal sealed record WeightedIncomes(double[] Income, double[] Weight)
{
    /// <summary>Continuous incomes, a grid of tied ones (negative, zero and positive), exact zeros and very high incomes.</summary>
    public static readonly Gen<double> AnyIncome = Gen.Frequency(
        (4, Gen.Double[-2_000, 150_000]),
        (3, Gen.Int[-3, 12].Select(k => k * 5_000.0)),
        (1, Gen.Const(0.0)),
        (1, Gen.Double[1e6, 1e8]));

    /// <summary>
    /// Weights k·2^e, from 2^−16 (tiny) to 1000·2^16 (huge), and zeros. Their sums are exact in any order, so the
    /// reference and the fast code agree exactly on every cumulative weight and on which side of a decile or
    /// quantile boundary a record falls.
    /// </summary>
    public static readonly Gen<double> DyadicWeight = Gen.Frequency(
        (6, Gen.Int[1, 6].Select(k => (double)k)),
        (2, Gen.Select(Gen.Int[1, 1000], Gen.Int[-16, -4], (k, e) => Math.ScaleB(k, e))),
        (2, Gen.Select(Gen.Int[1, 1000], Gen.Int[4, 16], (k, e) => Math.ScaleB(k, e))),
        (1, Gen.Const(0.0)));

    /// <summary>Arbitrary weights from 10⁻⁶ to 10⁶, and zeros: sums depend on their order.</summary>
    public static readonly Gen<double> AnyWeight = Gen.Frequency(
        (6, Gen.Double[0.2, 5]),
        (2, Gen.Double[1e-6, 1e-3]),
        (2, Gen.Double[1e3, 1e6]),
        (1, Gen.Const(0.0)));

    public static readonly Gen<WeightedIncomes> Dyadic = Of(DyadicWeight);

    public static readonly Gen<WeightedIncomes> Any = Of(AnyWeight);

    public int Count => Income.Length;

    public IncomeDistribution Distribution() => IncomeDistribution.Create(Income, Weight);

    public ReferenceDistribution Reference() => new(Income, Weight);

    /// <summary>The same records in another order; <c>Order[k]</c> is the original index of record k.</summary>
    public (WeightedIncomes Records, int[] Order) Shuffled(ulong seed)
    {
        var order = Enumerable.Range(0, Count).ToArray();
        var random = new SeededRandom(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return (new WeightedIncomes([.. order.Select(i => Income[i])], [.. order.Select(i => Weight[i])]), order);
    }

    public override string ToString() => string.Join(", ", Income.Zip(Weight, (y, w) => $"{y:R}×{w:R}"));

    private static Gen<WeightedIncomes> Of(Gen<double> weight) =>
        Gen.Select(AnyIncome, weight).Array[1, 80]
            .Where(records => records.Any(r => r.Item2 > 0))
            .Select(records => new WeightedIncomes([.. records.Select(r => r.Item1)], [.. records.Select(r => r.Item2)]));
}

using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// A weighted income distribution, sorted once, from which the distributional statistics of a scenario run are read
/// in O(n): mean, quantiles, Gini, S80/S20, poverty and deciles (microsimulation note §5).
/// </summary>
/// <remarks>
/// <para>Records with identical incomes form one <em>tie group</em>. Every statistic works on tie groups in ascending
/// income order, and the weight of a group is summed after sorting its weights, so every sum is taken in an order
/// that depends only on the multiset of (income, weight) pairs: the results are bit-identical whatever the order
/// of the records (policyengine-core #170). Everything runs on one thread.</para>
/// <para>Weights are frequency weights (persons represented). A record of weight 0 keeps its place in
/// <see cref="Count"/> and receives a decile, but moves no statistic.</para>
/// </remarks>
public sealed partial class IncomeDistribution
{
    private readonly DistributionBuffers _buffers;
    private readonly int _generation;
    private readonly int _groupCount;

    private IncomeDistribution(DistributionBuffers buffers, int count, int groupCount, double totalWeight)
    {
        _buffers = buffers;
        _generation = buffers.Generation;
        _groupCount = groupCount;
        Count = count;
        TotalWeight = totalWeight;
    }

    /// <summary>The number of records, including those of weight 0.</summary>
    public int Count { get; }

    /// <summary>The number of distinct incomes (tie groups).</summary>
    public int DistinctIncomes => _groupCount;

    /// <summary>W, the sum of the weights (summed tie group by tie group in ascending income order).</summary>
    public double TotalWeight { get; }

    /// <summary>Distinct incomes, ascending.</summary>
    private ReadOnlySpan<double> Incomes => MemoryMarshal.Cast<ulong, double>(Live().Keys.AsSpan(0, _groupCount));

    /// <summary>Total weight of each tie group, aligned with <see cref="Incomes"/>.</summary>
    private ReadOnlySpan<double> GroupWeights => Live().Weights.AsSpan(0, _groupCount);

    /// <summary>First sorted position of each tie group, plus <see cref="Count"/> at the end.</summary>
    private ReadOnlySpan<int> GroupStarts => Live().GroupStarts[..(_groupCount + 1)];

    /// <summary>Input index of the record at each sorted position.</summary>
    private ReadOnlySpan<int> RecordOrder => Live().Order.AsSpan(0, Count);

    /// <summary>Sorts the records by income and builds the tie groups.</summary>
    /// <param name="income">Income per record (e.g. standardised disposable household income, in euros); finite.</param>
    /// <param name="weight">Weight per record (e.g. household weight × persons); finite and ≥ 0, with a positive sum.</param>
    /// <param name="buffers">Memory to reuse; see <see cref="DistributionBuffers"/>. Fresh buffers when null.</param>
    /// <exception cref="ArgumentException">The spans differ in length or are empty, an income is NaN or infinite, a
    /// weight is negative, NaN or infinite, or the weights do not sum to a positive finite total.</exception>
    public static IncomeDistribution Create(ReadOnlySpan<double> income, ReadOnlySpan<double> weight, DistributionBuffers? buffers = null) =>
        Create(income, weight, buffers ?? new DistributionBuffers(), SortStrategy.Radix);

    internal static IncomeDistribution Create(
        ReadOnlySpan<double> income, ReadOnlySpan<double> weight, DistributionBuffers buffers, SortStrategy strategy)
    {
        if (income.Length != weight.Length)
        {
            throw new ArgumentException($"There are {income.Length} incomes but {weight.Length} weights.", nameof(weight));
        }

        if (income.IsEmpty)
        {
            throw new ArgumentException("A distribution needs at least one record.", nameof(income));
        }

        var n = income.Length;
        buffers.Prepare(n);
        var (min, max) = WriteKeys(income, weight, buffers.Keys.AsSpan(0, n));
        Sort(buffers, weight, min, max, strategy);
        var groupCount = TieGroups.Build(buffers, n, out var totalWeight);
        if (!(totalWeight > 0) || !double.IsFinite(totalWeight))
        {
            throw new ArgumentException($"The weights must sum to a positive finite total, not {totalWeight}.", nameof(weight));
        }

        return new IncomeDistribution(buffers, n, groupCount, totalWeight);
    }

    /// <summary>The weighted mean income, Σ w·y / W.</summary>
    public double Mean()
    {
        var incomes = Incomes;
        var weights = GroupWeights;
        var sum = 0.0;
        for (var g = 0; g < incomes.Length; g++)
        {
            sum += weights[g] * incomes[g];
        }

        return sum / TotalWeight;
    }

    /// <summary>
    /// The weighted <paramref name="p"/>-quantile: the inverse of the weighted distribution function
    /// F(y) = Σ_{yᵢ ≤ y} wᵢ / W. It is the smallest income y with F(y) ≥ p, except where F(y) = p exactly (a flat step),
    /// where it is the midpoint of y and the next larger income of positive weight. This is SAS's PCTLDEF=5 and Stata's
    /// rule; with equal weights the median is the usual one (middle value, or mean of the two middle values), and a
    /// record of weight 2 counts exactly as two records of weight 1. No interpolation between other incomes.
    /// </summary>
    /// <param name="p">The probability, in [0, 1]; 0 gives the lowest income of positive weight, 1 the highest.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double p)
    {
        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must be in [0, 1].");
        }

        return WeightedQuantile.Of(Incomes, GroupWeights, p * TotalWeight);
    }

    /// <summary>The weighted median, <see cref="Quantile(double)"/> at 0.5.</summary>
    public double Median() => Quantile(0.5);

    private DistributionBuffers Live() => _buffers.Generation == _generation
        ? _buffers
        : throw new InvalidOperationException(
            "The buffers of this distribution were reused by a later IncomeDistribution.Create: create it again, or give each distribution its own buffers.");

    /// <summary>Checks the input, writes each income's key and returns the smallest and largest key.</summary>
    private static (ulong Min, ulong Max) WriteKeys(ReadOnlySpan<double> income, ReadOnlySpan<double> weight, Span<ulong> keys)
    {
        var min = ulong.MaxValue;
        var max = ulong.MinValue;
        for (var i = 0; i < income.Length; i++)
        {
            var y = income[i];
            var w = weight[i];
            if (!double.IsFinite(y))
            {
                throw new ArgumentException($"Income {i} is {y}; incomes must be finite.", nameof(income));
            }

            if (!(w >= 0) || !double.IsFinite(w))
            {
                throw new ArgumentException($"Weight {i} is {w}; weights must be finite and not negative.", nameof(weight));
            }

            var key = IncomeKey.ToKey(y);
            keys[i] = key;
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        return (min, max);
    }

    private static void Sort(DistributionBuffers buffers, ReadOnlySpan<double> weight, ulong min, ulong max, SortStrategy strategy)
    {
        var n = weight.Length;
        var keys = buffers.Keys.AsSpan(0, n);
        var order = buffers.Order.AsSpan(0, n);
        var sortedWeight = buffers.Weights.AsSpan(0, n);
        if (strategy == SortStrategy.Radix)
        {
            RadixSort.Sort(keys, min, max, weight, order, sortedWeight, buffers.Entries, buffers.BucketTable, buffers.DigitHistogram);
            return;
        }

        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        keys.Sort(order);
        for (var i = 0; i < n; i++)
        {
            sortedWeight[i] = weight[order[i]];
        }
    }
}

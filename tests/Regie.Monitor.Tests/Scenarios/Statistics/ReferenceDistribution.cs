namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>
/// The statistics of <c>IncomeDistribution</c> computed the slow, obvious way, straight from their definitions:
/// O(n²) Gini over all pairs, cumulative weights recounted for every income, a record-by-record walk for the
/// quintile shares. Shares no code with the fast implementation.
/// </summary>
internal sealed class ReferenceDistribution(double[] income, double[] weight)
{
    public double TotalWeight => weight.Sum();

    public double Mean() => income.Zip(weight, (y, w) => y * w).Sum() / TotalWeight;

    /// <summary>Σ_i Σ_j w_i w_j |y_i − y_j| / (2W²μ) on incomes bottom-coded at 0.</summary>
    public double Gini()
    {
        var coded = income.Select(y => Math.Max(0, y)).ToArray();
        var total = TotalWeight;
        var mean = coded.Zip(weight, (y, w) => y * w).Sum() / total;
        if (mean == 0)
        {
            return 0;
        }

        var pairs = 0.0;
        for (var i = 0; i < coded.Length; i++)
        {
            for (var j = 0; j < coded.Length; j++)
            {
                pairs += weight[i] * weight[j] * Math.Abs(coded[i] - coded[j]);
            }
        }

        return pairs / (2 * total * total * mean);
    }

    /// <summary>Smallest income v with F(v) ≥ p; the midpoint with the next income when F(v) = p exactly.</summary>
    public double Quantile(double p)
    {
        var values = income.Where((_, i) => weight[i] > 0).Distinct().Order().ToArray();
        var target = p * TotalWeight;
        for (var k = 0; k < values.Length; k++)
        {
            var atOrBelow = WeightWhere(y => y <= values[k]);
            if (atOrBelow == target)
            {
                return k + 1 < values.Length ? (values[k] + values[k + 1]) / 2 : values[k];
            }

            if (atOrBelow > target)
            {
                return values[k];
            }
        }

        return values[^1];
    }

    public int DecileOf(int record)
    {
        var y = income[record];
        if (y <= 0)
        {
            return 1;
        }

        var before = WeightWhere(v => v < y);
        var group = WeightWhere(v => v == y);
        return Math.Min(10, 1 + (int)Math.Floor(10 * (before + (group / 2)) / TotalWeight));
    }

    /// <summary>(bottom quintile income, top quintile income), walking the sorted records and cutting at 20 % and 80 %.</summary>
    public (double Bottom, double Top) QuintileIncomes()
    {
        var total = TotalWeight;
        var bottom = 0.0;
        var top = 0.0;
        var start = 0.0;
        foreach (var (y, w) in income.Zip(weight).OrderBy(r => r.First))
        {
            bottom += Overlap(start, w, 0, 0.2 * total) * Math.Max(0, y);
            top += Overlap(start, w, 0.8 * total, total) * Math.Max(0, y);
            start += w;
        }

        return (bottom, top);
    }

    public (double Rate, double Gap) Poverty(double line)
    {
        var poor = Enumerable.Range(0, income.Length).Where(i => income[i] < line).ToArray();
        var poorWeight = poor.Sum(i => weight[i]);
        var gap = poorWeight == 0 ? 0 : poor.Sum(i => weight[i] * (line - Math.Max(0, income[i]))) / (line * poorWeight);
        return (poorWeight / TotalWeight, gap);
    }

    private double WeightWhere(Func<double, bool> predicate) =>
        Enumerable.Range(0, income.Length).Where(i => predicate(income[i])).Sum(i => weight[i]);

    /// <summary>How much of the weight interval [start, start + w] lies in [low, high]. A record wholly inside counts
    /// with its own weight: (start + w) − start would lose a tiny weight's digits against a large start.</summary>
    private static double Overlap(double start, double w, double low, double high) =>
        start >= low && start + w <= high ? w : Math.Max(0, Math.Min(start + w, high) - Math.Max(start, low));
}

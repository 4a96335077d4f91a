namespace Regie.Core.Statistics;

/// <summary>Rank statistics used to compare indices on different scales (never average raw scores across indices).</summary>
public static class Ranks
{
    /// <summary>
    /// Average ranks (1-based; ties share the mean of the ranks they span), the convention Spearman's ρ needs.
    /// </summary>
    public static double[] Average(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var copy = values.ToArray();
        Array.Sort(order, (a, b) => copy[a].CompareTo(copy[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && copy[order[end + 1]] == copy[order[start]])
            {
                end++;
            }

            var rank = ((start + 1) + (end + 1)) / 2.0;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Percentile rank in 0–100: (average rank − 1) / (n − 1) × 100, so the lowest value is 0 and the highest 100.
    /// A single value gets 50.
    /// </summary>
    public static double[] Percentiles(ReadOnlySpan<double> values)
    {
        var ranks = Average(values);
        var n = values.Length;
        for (var i = 0; i < n; i++)
        {
            ranks[i] = n == 1 ? 50 : (ranks[i] - 1) / (n - 1) * 100;
        }

        return ranks;
    }

    /// <summary>
    /// Spearman's rank correlation: Pearson correlation of average ranks (correct with ties).
    /// Null when fewer than three pairs or when one side has no variation.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("Both samples must have the same length.", nameof(y));
        }

        return x.Length < 3 ? null : Pearson(Average(x), Average(y));
    }

    /// <summary>Pearson correlation; null when one side has zero variance.</summary>
    public static double? Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? null : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}

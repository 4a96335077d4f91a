namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>
/// Weighted quantiles by midpoint interpolation: value i sits at cumulative share (C_{i−1} + C_i) / 2W and the
/// quantile is interpolated linearly between neighbours (for equal weights: position q·n − ½), flat beyond the ends.
/// </summary>
internal static class WeightedQuantile
{
    /// <summary>The q-quantile of the values; the arrays are sorted in place by value.</summary>
    public static double Of(double[] values, double[] weights, double q)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(values, weights);
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var cumulative = 0.0;
        var previousMid = double.NaN;
        for (var i = 0; i < values.Length; i++)
        {
            var mid = (cumulative + weights[i] / 2) / total;
            cumulative += weights[i];
            if (q <= mid)
            {
                return i == 0 ? values[0] : values[i - 1] + (values[i] - values[i - 1]) * (q - previousMid) / (mid - previousMid);
            }

            previousMid = mid;
        }

        return values[^1];
    }
}

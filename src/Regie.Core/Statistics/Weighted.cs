namespace Regie.Core.Statistics;

/// <summary>Weighted means that skip missing values (null is "not published", never 0).</summary>
public static class Weighted
{
    /// <summary>
    /// Σ wᵢ·xᵢ / Σ wᵢ over the pairs where x is known and w &gt; 0; null when no such pair exists.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite.</exception>
    public static double? Mean(IEnumerable<(double? Value, double Weight)> pairs)
    {
        double sum = 0, weights = 0;
        foreach (var (value, weight) in pairs)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pairs), weight, "Weights must be finite and non-negative.");
            }

            if (value is { } v && weight > 0)
            {
                sum += weight * v;
                weights += weight;
            }
        }

        return weights > 0 ? sum / weights : null;
    }

    /// <summary>Unweighted mean of the known values; null when there are none.</summary>
    public static double? Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            sum += v;
            n++;
        }

        return n > 0 ? sum / n : null;
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>Whole-number quotas that add up exactly to a total, in proportion to weights (largest remainder, Hamilton).</summary>
internal static class Apportion
{
    /// <summary>
    /// Splits <paramref name="total"/> over the weights: each gets the floor of its exact share, and the leftover
    /// units go to the largest remainders (ties to the lower index). Deterministic.
    /// </summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or the weights are all 0 while the total is not.</exception>
    public static int[] LargestRemainder(ReadOnlySpan<double> weights, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var sum = 0.0;
        foreach (var w in weights)
        {
            if (!(w >= 0) || !double.IsFinite(w))
            {
                throw new ArgumentException($"Weights must be finite and non-negative, found {w}.", nameof(weights));
            }

            sum += w;
        }

        var counts = new int[weights.Length];
        if (total == 0)
        {
            return counts;
        }

        if (sum <= 0)
        {
            throw new ArgumentException($"Cannot share {total} over weights that are all zero.", nameof(weights));
        }

        var remainders = new double[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = weights[i] / sum * total;
            counts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }

        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; given < total; k = (k + 1) % order.Length)
        {
            counts[order[k]]++;
            given++;
        }

        return counts;
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Random selection of exact numbers of records, deterministic under a seed and independent of thread count: a
/// record's draw depends only on (seed, stream, record).
/// </summary>
internal static class Pick
{
    /// <summary>
    /// A simple random sample of exactly <paramref name="count"/> candidates (all when there are fewer), by
    /// sequential selection sampling (Knuth's Algorithm S): candidate i is taken with chance still-needed / still-left.
    /// </summary>
    public static int[] Uniform(int[] candidates, int count, Draws draws, DrawStream stream)
    {
        count = Math.Min(count, candidates.Length);
        var result = new int[count];
        var taken = 0;
        for (var i = 0; i < candidates.Length && taken < count; i++)
        {
            if (draws.Uniform(stream, candidates[i]) * (candidates.Length - i) < count - taken)
            {
                result[taken++] = candidates[i];
            }
        }

        return result;
    }

    /// <summary>
    /// A weighted sample without replacement of <paramref name="count"/> candidates: the smallest keys −ln(u) / w
    /// (Efraimidis &amp; Spirakis 2006). Candidates with weight 0 are never taken.
    /// </summary>
    public static int[] Weighted(int[] candidates, Func<int, double> weight, int count, Draws draws, DrawStream stream)
    {
        var keys = new double[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var w = weight(candidates[i]);
            keys[i] = w > 0 ? -Math.Log(draws.OpenUniform(stream, candidates[i])) / w : double.PositiveInfinity;
        }

        var ordered = RadixSort.Order(candidates, keys);
        var positive = keys.Count(double.IsFinite);
        return ordered[..Math.Min(count, positive)];
    }

    /// <summary>
    /// Exact quotas per cell: each cell has a number of records per category; records of the cell get the
    /// categories at random (sequential selection, a multivariate hypergeometric draw record by record). Records
    /// of a cell beyond its quotas, and records of cell -1, get nothing.
    /// </summary>
    /// <param name="cellOf">The cell of each record, -1 for records not taking part.</param>
    /// <param name="quotas">Per cell, the number of records for each category.</param>
    /// <param name="assign">Called with (record, category) for each record that gets a category.</param>
    public static void Fill(ReadOnlySpan<int> cellOf, int[][] quotas, Draws draws, DrawStream stream, Action<int, int> assign)
    {
        var left = new int[quotas.Length];
        foreach (var cell in cellOf)
        {
            if (cell >= 0)
            {
                left[cell]++;
            }
        }

        var open = quotas.Select(q => (int[])q.Clone()).ToArray();
        var needed = open.Select(q => q.Sum()).ToArray();
        for (var record = 0; record < cellOf.Length; record++)
        {
            var cell = cellOf[record];
            if (cell < 0 || needed[cell] == 0)
            {
                continue;
            }

            // A uniform slot among the records of the cell still to come; the first `needed` slots are categories.
            var slot = (long)(draws.Uniform(stream, record) * left[cell]);
            left[cell]--;
            if (slot >= needed[cell])
            {
                continue;
            }

            var q = open[cell];
            var category = 0;
            for (var sum = q[0]; sum <= slot; sum += q[category])
            {
                category++;
            }

            q[category]--;
            needed[cell]--;
            assign(record, category);
        }
    }
}

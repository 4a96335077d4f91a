namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Turns sorted keys into tie groups, in place: the distinct incomes go to the front of the key array (as double
/// bits), each group's total weight to the front of the sorted weights, and each group's first sorted position to the
/// sort's scratch, no longer needed. Nothing is allocated.
/// </summary>
internal static class TieGroups
{
    /// <summary>Builds the groups of the <paramref name="n"/> sorted records; returns their number.</summary>
    /// <param name="totalWeight">The sum of the group weights in ascending income order: the W every statistic uses.</param>
    public static int Build(DistributionBuffers buffers, int n, out double totalWeight)
    {
        var keys = buffers.Keys.AsSpan(0, n);
        var weights = buffers.Weights.AsSpan(0, n);
        var starts = buffers.GroupStarts[..(n + 1)];
        var groups = 0;
        totalWeight = 0.0;
        for (var start = 0; start < n;)
        {
            var key = keys[start];
            var end = start + 1;
            while (end < n && keys[end] == key)
            {
                end++;
            }

            // Writes go to index `groups` ≤ `start`: never ahead of what is still to be read.
            var groupWeight = CanonicalSum(weights[start..end]);
            keys[groups] = BitConverter.DoubleToUInt64Bits(IncomeKey.ToIncome(key));
            weights[groups] = groupWeight;
            starts[groups] = start;
            totalWeight += groupWeight;
            groups++;
            start = end;
        }

        starts[groups] = n;
        return groups;
    }

    // The weights of a tie group arrive in input order. Adding them in ascending order instead makes the sum depend
    // only on which weights the group holds. Two numbers add the same either way round, so only groups of three or
    // more are sorted, and only when they are not sorted already (equal weights are common).
    private static double CanonicalSum(Span<double> weights)
    {
        if (weights.Length > 2 && !IsAscending(weights))
        {
            weights.Sort();
        }

        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
        }

        return sum;
    }

    private static bool IsAscending(ReadOnlySpan<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}

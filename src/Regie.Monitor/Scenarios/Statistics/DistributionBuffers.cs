namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Reusable memory for <see cref="IncomeDistribution.Create(ReadOnlySpan{double}, ReadOnlySpan{double}, DistributionBuffers?)"/>:
/// sort keys, record indices, their scratch copies and the tie-group tables, about 33 bytes per record. An engine
/// that builds a distribution many times per run (baseline, scenario, every year and draw) keeps one instance per
/// thread and passes it in, so 8 million records do not allocate 270 MB each time.
/// </summary>
/// <remarks>
/// A distribution reads its sorted view from these buffers. Passing the same buffers to a later <c>Create</c>
/// replaces that view: the earlier distribution then throws <see cref="InvalidOperationException"/> when used,
/// rather than answering from someone else's data. Not thread-safe: one instance per thread.
/// </remarks>
public sealed class DistributionBuffers
{
    private ulong[] _keys = [];
    private ulong[] _keysScratch = [];
    private int[] _order = [];
    private int[] _orderScratch = [];
    private double[] _weights = [];

    /// <summary>Buffers that grow on first use.</summary>
    public DistributionBuffers()
    {
    }

    /// <summary>Buffers allocated up front for <paramref name="capacity"/> records.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public DistributionBuffers(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Grow(capacity);
    }

    /// <summary>The number of records the buffers hold without growing.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Counts the uses; a distribution remembers the generation it was built in.</summary>
    internal int Generation { get; private set; }

    /// <summary>Sorted keys; after grouping, the distinct incomes (as double bits) in ascending order.</summary>
    internal ulong[] Keys => _keys;

    internal ulong[] KeysScratch => _keysScratch;

    /// <summary>For each sorted position, the record's index in the caller's input.</summary>
    internal int[] Order => _order;

    /// <summary>Radix scratch during the sort; afterwards the first sorted position of each tie group (plus an end).</summary>
    internal int[] OrderScratch => _orderScratch;

    /// <summary>Weights in sorted order; after grouping, the total weight of each tie group.</summary>
    internal double[] Weights => _weights;

    internal int[] Histogram { get; } = new int[RadixSort.HistogramLength];

    /// <summary>Makes room for <paramref name="count"/> records and invalidates every distribution built before.</summary>
    internal void Prepare(int count)
    {
        if (_keys.Length < count)
        {
            Grow(count);
        }

        Generation++;
    }

    /// <summary>The sort left its result in the scratch arrays: make them the main ones.</summary>
    internal void SwapSorted()
    {
        (_keys, _keysScratch) = (_keysScratch, _keys);
        (_order, _orderScratch) = (_orderScratch, _order);
    }

    private void Grow(int count)
    {
        // Uninitialised: every element is written before it is read, and zeroing 270 MB is not free.
        _keys = GC.AllocateUninitializedArray<ulong>(count);
        _keysScratch = GC.AllocateUninitializedArray<ulong>(count);
        _order = GC.AllocateUninitializedArray<int>(count + 1);
        _orderScratch = GC.AllocateUninitializedArray<int>(count + 1);
        _weights = GC.AllocateUninitializedArray<double>(count);
    }
}

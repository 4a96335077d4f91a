using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Reusable memory for <see cref="IncomeDistribution.Create(ReadOnlySpan{double}, ReadOnlySpan{double}, DistributionBuffers?)"/>:
/// sort keys, record indices, sorted weights and the sort's scratch, 40 bytes per record (330 MB for 8.2 million). An engine
/// that builds a distribution many times per run (baseline, scenario, every year and draw) keeps one instance per
/// thread and passes it in, so 8 million records do not allocate 330 MB each time.
/// </summary>
/// <remarks>
/// A distribution reads its sorted view from these buffers. Passing the same buffers to a later <c>Create</c>
/// replaces that view: the earlier distribution then throws <see cref="InvalidOperationException"/> when used,
/// rather than answering from someone else's data. Not thread-safe: one instance per thread.
/// </remarks>
public sealed class DistributionBuffers
{
    private ulong[] _keys = [];
    private int[] _order = [];
    private double[] _weights = [];
    private SortEntry[] _entries = [];

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

    /// <summary>Keys in input order, then sorted; after grouping, the distinct incomes (as double bits) ascending.</summary>
    internal ulong[] Keys => _keys;

    /// <summary>For each sorted position, the record's index in the caller's input.</summary>
    internal int[] Order => _order;

    /// <summary>Weights in sorted order; after grouping, the total weight of each tie group.</summary>
    internal double[] Weights => _weights;

    /// <summary>Scratch of the radix sort.</summary>
    internal SortEntry[] Entries => _entries;

    /// <summary>The first sorted position of each tie group, plus an end. It lives in the sort's scratch, which is
    /// free once the records are sorted: 5 ints per entry, at least n + 1 for n ≥ 1.</summary>
    internal Span<int> GroupStarts => MemoryMarshal.Cast<SortEntry, int>(_entries.AsSpan());

    internal int[] BucketTable { get; private set; } = [];

    internal int[] DigitHistogram { get; } = new int[RadixSort.DigitHistogramLength];

    /// <summary>Makes room for <paramref name="count"/> records and invalidates every distribution built before.</summary>
    internal void Prepare(int count)
    {
        if (_keys.Length < count)
        {
            Grow(count);
        }

        Generation++;
    }

    private void Grow(int count)
    {
        // Uninitialised: every element is written before it is read, and zeroing 330 MB is not free.
        _keys = GC.AllocateUninitializedArray<ulong>(count);
        _order = GC.AllocateUninitializedArray<int>(count);
        _weights = GC.AllocateUninitializedArray<double>(count);
        _entries = GC.AllocateUninitializedArray<SortEntry>(count);
        BucketTable = new int[RadixSort.BucketTableLength(count)];
    }
}

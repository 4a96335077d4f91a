using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Sorts records by their 64-bit keys, carrying each record's weight and index: one most-significant-digit split,
/// then least-significant-digit radix passes of 8 bits inside each bucket. Keys are taken relative to the smallest
/// one and the split uses the top bits of that range, n/64 buckets up to 65,536, so even incomes that share their sign
/// and exponent spread out. A bucket then holds about a hundred records on average and a few thousand at the peak
/// of the distribution, so its passes run in the cache; a plain LSD sort scatters every pass across the whole array,
/// which on 8 million records costs more than the passes themselves. The split reads keys and weights in input
/// order, so the weights arrive sorted without a random-access gather. Cost O(n·(1 + bits/8)); every step is stable,
/// so equal keys keep their input order.
/// </summary>
internal static partial class RadixSort
{
    public const int DigitHistogramLength = 8 * DigitBuckets;

    private const int MaxSplitBits = 16;
    private const int DigitBuckets = 256;

    /// <summary>The length of the bucket table <see cref="Sort"/> needs for up to <paramref name="count"/> records.</summary>
    public static int BucketTableLength(int count) => (1 << SplitBits(count, 64)) + 1;

    /// <summary>
    /// Sorts the records whose keys are in <paramref name="keys"/> (smallest <paramref name="min"/>, largest
    /// <paramref name="max"/>). On return <paramref name="keys"/> holds the keys ascending, and <paramref name="order"/>
    /// and <paramref name="sortedWeight"/> the input index and weight of the record at each sorted position.
    /// </summary>
    public static void Sort(
        Span<ulong> keys, ulong min, ulong max, ReadOnlySpan<double> weight, Span<int> order, Span<double> sortedWeight,
        Span<SortEntry> entries, Span<int> bucketTable, Span<int> digitHistogram)
    {
        var n = keys.Length;
        if (order.Length < n || sortedWeight.Length < n || entries.Length < n || weight.Length < n)
        {
            throw new ArgumentException("The output and scratch spans are shorter than the keys.");
        }

        if (min == max)
        {
            FillIdentity(order[..n]);
            weight[..n].CopyTo(sortedWeight);
            return;
        }

        var width = 64 - BitOperations.LeadingZeroCount(max - min);
        var splitBits = SplitBits(n, width);
        var shift = width - splitBits;
        var ends = bucketTable[..((1 << splitBits) + 1)];
        Split(keys, min, shift, weight, entries, ends);

        var start = 0;
        for (var b = 0; b < ends.Length - 1; b++)
        {
            var end = ends[b];
            if (end > start)
            {
                SortBucket(entries[start..end], keys[start..end], order[start..end], sortedWeight[start..end], shift, min, digitHistogram);
            }

            start = end;
        }
    }

    // Counts the buckets, turns the counts into start positions and scatters the records there. Afterwards
    // bucketEnds[b] is where bucket b ends (its start plus its count), which is also where bucket b + 1 starts.
    private static void Split(
        ReadOnlySpan<ulong> keys, ulong min, int shift, ReadOnlySpan<double> weight, Span<SortEntry> entries, Span<int> bucketEnds)
    {
        bucketEnds.Clear();
        ref var table = ref MemoryMarshal.GetReference(bucketEnds);
        foreach (var key in keys)
        {
            Unsafe.Add(ref table, (int)((key - min) >> shift) + 1)++;
        }

        for (var b = 1; b < bucketEnds.Length; b++)
        {
            bucketEnds[b] += bucketEnds[b - 1];
        }

        // Bucket b starts at bucketEnds[b] now; the scatter advances it to the bucket's end.
        ref var target = ref MemoryMarshal.GetReference(entries);
        for (var i = 0; i < keys.Length; i++)
        {
            var relative = keys[i] - min;
            var position = Unsafe.Add(ref table, (int)(relative >> shift))++;
            Unsafe.Add(ref target, position) = new SortEntry(relative, weight[i], i);
        }
    }

    // n/64 buckets (about 64 records each if the keys were spread evenly), at least 2, at most 65,536, and no more
    // than the key range has bits for.
    private static int SplitBits(int n, int width) => Math.Min(width, Math.Clamp(BitOperations.Log2((uint)n) - 6, 1, MaxSplitBits));

    private static void FillIdentity(Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
    }
}

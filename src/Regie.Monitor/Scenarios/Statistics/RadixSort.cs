using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Least-significant-digit radix sort of 64-bit keys carrying a record index: six passes of 11-bit digits (2,048
/// counters per digit, which stay in the L1 cache), all six histograms counted in one read of the keys, and a pass
/// skipped when every key has the same digit (the sign and exponent bits of incomes often do). Each pass is a
/// stable counting sort, so the whole sort is stable. Cost O(6n), against O(n log n) comparisons.
/// </summary>
internal static class RadixSort
{
    public const int HistogramLength = Digits * Buckets;

    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Mask = Buckets - 1;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending and writes to <paramref name="order"/> the original position of each
    /// sorted key. The passes alternate between the two pairs of spans; the result is in the scratch pair when the
    /// method returns true. The initial content of <paramref name="order"/> is ignored (positions start as 0..n−1).
    /// </summary>
    public static bool Sort(Span<ulong> keys, Span<int> order, Span<ulong> keysScratch, Span<int> orderScratch, Span<int> histogram)
    {
        var n = keys.Length;
        Count(keys, histogram);
        var inScratch = false;
        var identity = true;
        for (var digit = 0; digit < Digits; digit++)
        {
            var counts = histogram.Slice(digit * Buckets, Buckets);
            var shift = digit * DigitBits;
            if (n == 0 || counts[(int)(keys[0] >> shift) & Mask] == n)
            {
                continue; // Every key has this digit: the pass would not move anything.
            }

            ToOffsets(counts);
            if (inScratch)
            {
                Scatter(keysScratch[..n], orderScratch, keys, order, counts, shift, identity);
            }
            else
            {
                Scatter(keys, order, keysScratch[..n], orderScratch, counts, shift, identity);
            }

            inScratch = !inScratch;
            identity = false;
        }

        if (identity)
        {
            FillIdentity(order[..n]);
        }

        return inScratch;
    }

    private static void Count(ReadOnlySpan<ulong> keys, Span<int> histogram)
    {
        histogram.Clear();
        ref var h = ref MemoryMarshal.GetReference(histogram);
        foreach (var key in keys)
        {
            Unsafe.Add(ref h, (int)key & Mask)++;
            Unsafe.Add(ref h, Buckets + ((int)(key >> 11) & Mask))++;
            Unsafe.Add(ref h, (2 * Buckets) + ((int)(key >> 22) & Mask))++;
            Unsafe.Add(ref h, (3 * Buckets) + ((int)(key >> 33) & Mask))++;
            Unsafe.Add(ref h, (4 * Buckets) + ((int)(key >> 44) & Mask))++;
            Unsafe.Add(ref h, (5 * Buckets) + ((int)(key >> 55) & Mask))++;
        }
    }

    private static void ToOffsets(Span<int> counts)
    {
        var sum = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            var count = counts[b];
            counts[b] = sum;
            sum += count;
        }
    }

    // One stable counting-sort pass. Positions come from the histogram, so the writes need no bounds checks beyond
    // the length checks made here once.
    private static void Scatter(
        ReadOnlySpan<ulong> sourceKeys, ReadOnlySpan<int> sourceOrder, Span<ulong> targetKeys, Span<int> targetOrder,
        Span<int> offsets, int shift, bool identity)
    {
        var n = sourceKeys.Length;
        if (targetKeys.Length < n || targetOrder.Length < n || (!identity && sourceOrder.Length < n))
        {
            throw new ArgumentException("The scratch spans are shorter than the keys.");
        }

        ref var offset = ref MemoryMarshal.GetReference(offsets);
        ref var target = ref MemoryMarshal.GetReference(targetKeys);
        ref var targetIndex = ref MemoryMarshal.GetReference(targetOrder);
        for (var i = 0; i < n; i++)
        {
            var key = sourceKeys[i];
            var position = Unsafe.Add(ref offset, (int)(key >> shift) & Mask)++;
            Unsafe.Add(ref target, position) = key;
            Unsafe.Add(ref targetIndex, position) = identity ? i : sourceOrder[i];
        }
    }

    private static void FillIdentity(Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
    }
}

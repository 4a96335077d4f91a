using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

internal static partial class RadixSort
{
    // Below this size an insertion sort beats clearing and summing the digit histograms.
    private const int SmallBucket = 48;

    /// <summary>
    /// Sorts one bucket on the low <paramref name="bits"/> bits of its relative keys by 8-bit LSD passes that alternate
    /// between the entries and the output spans, skipping digits every key shares, and leaves the result in the
    /// output spans with <paramref name="min"/> added back to the keys.
    /// </summary>
    private static void SortBucket(
        Span<SortEntry> entries, Span<ulong> keys, Span<int> order, Span<double> weights, int bits, ulong min, Span<int> histogram)
    {
        var n = entries.Length;
        if (n <= SmallBucket)
        {
            InsertionSort(entries);
            Write(entries, keys, order, weights, min);
            return;
        }

        var digits = (bits + 7) / 8;
        var counts = histogram[..(digits * DigitBuckets)];
        Count(entries, counts, digits);
        var inEntries = true;
        for (var digit = 0; digit < digits; digit++)
        {
            var offsets = counts.Slice(digit * DigitBuckets, DigitBuckets);
            var shift = digit * 8;
            if (offsets[(int)(entries[0].Key >> shift) & 0xFF] == n)
            {
                continue; // Every key in the bucket has this digit.
            }

            ToOffsets(offsets);
            if (inEntries)
            {
                Scatter(entries, keys, order, weights, offsets, shift);
            }
            else
            {
                Gather(keys, order, weights, entries, offsets, shift);
            }

            inEntries = !inEntries;
        }

        if (inEntries)
        {
            Write(entries, keys, order, weights, min);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] += min;
            }
        }
    }

    private static void Count(ReadOnlySpan<SortEntry> entries, Span<int> counts, int digits)
    {
        counts.Clear();
        ref var h = ref MemoryMarshal.GetReference(counts);
        foreach (ref readonly var entry in entries)
        {
            var key = entry.Key;
            for (var digit = 0; digit < digits; digit++)
            {
                Unsafe.Add(ref h, (digit * DigitBuckets) + ((int)(key >> (digit * 8)) & 0xFF))++;
            }
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

    // Entries → output spans, by one digit.
    private static void Scatter(
        ReadOnlySpan<SortEntry> entries, Span<ulong> keys, Span<int> order, Span<double> weights, Span<int> offsets, int shift)
    {
        ref var offset = ref MemoryMarshal.GetReference(offsets);
        foreach (ref readonly var entry in entries)
        {
            var position = Unsafe.Add(ref offset, (int)(entry.Key >> shift) & 0xFF)++;
            keys[position] = entry.Key;
            order[position] = entry.Index;
            weights[position] = entry.Weight;
        }
    }

    // Output spans → entries, by one digit.
    private static void Gather(
        ReadOnlySpan<ulong> keys, ReadOnlySpan<int> order, ReadOnlySpan<double> weights, Span<SortEntry> entries, Span<int> offsets, int shift)
    {
        ref var offset = ref MemoryMarshal.GetReference(offsets);
        for (var i = 0; i < entries.Length; i++)
        {
            var key = keys[i];
            var position = Unsafe.Add(ref offset, (int)(key >> shift) & 0xFF)++;
            entries[position] = new SortEntry(key, weights[i], order[i]);
        }
    }

    private static void InsertionSort(Span<SortEntry> entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            var entry = entries[i];
            var j = i - 1;
            while (j >= 0 && entries[j].Key > entry.Key)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = entry;
        }
    }

    private static void Write(ReadOnlySpan<SortEntry> entries, Span<ulong> keys, Span<int> order, Span<double> weights, ulong min)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            keys[i] = entries[i].Key + min;
            order[i] = entries[i].Index;
            weights[i] = entries[i].Weight;
        }
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Orders records by a double key in linear time: each (key, record) is packed into one 64-bit word — the top bits
/// of the key's order-preserving bit pattern above the record index — and the words are sorted by an LSD radix
/// sort (four 16-bit passes). Equal packed keys are ordered by record index, so the result is deterministic.
/// </summary>
internal static class RadixSort
{
    /// <summary>Bits reserved for the record index (records up to 67 million).</summary>
    public const int IndexBits = 26;

    private const ulong IndexMask = (1UL << IndexBits) - 1;

    /// <summary>The records in ascending order of their keys (ties by record index).</summary>
    /// <param name="records">Record indices (each below 2^26).</param>
    /// <param name="keys">One finite key per record.</param>
    public static int[] Order(ReadOnlySpan<int> records, ReadOnlySpan<double> keys)
    {
        if (records.Length != keys.Length)
        {
            throw new ArgumentException("Every record needs one key.", nameof(keys));
        }

        var packed = new ulong[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            packed[i] = (Ordered(keys[i]) & ~IndexMask) | Index(records[i]);
        }

        Sort(packed);
        var result = new int[packed.Length];
        for (var i = 0; i < packed.Length; i++)
        {
            result[i] = (int)(packed[i] & IndexMask);
        }

        return result;
    }

    /// <summary>
    /// The records ordered by (group, key): the group (0–127) takes the top 7 bits, the key the next 31, so a
    /// grouped ranking needs one sort.
    /// </summary>
    public static int[] OrderWithinGroups(ReadOnlySpan<int> records, ReadOnlySpan<int> groups, ReadOnlySpan<double> keys)
    {
        var packed = new ulong[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            if (groups[i] is < 0 or > 127)
            {
                throw new ArgumentOutOfRangeException(nameof(groups), groups[i], "Groups must be in 0–127.");
            }

            packed[i] = ((ulong)groups[i] << 57) | ((Ordered(keys[i]) >> 7) & ~IndexMask & ~(127UL << 57)) | Index(records[i]);
        }

        Sort(packed);
        var result = new int[packed.Length];
        for (var i = 0; i < packed.Length; i++)
        {
            result[i] = (int)(packed[i] & IndexMask);
        }

        return result;
    }

    /// <summary>Sorts 64-bit words ascending: LSD radix sort, four passes of 16 bits.</summary>
    public static void Sort(ulong[] values)
    {
        var buffer = new ulong[values.Length];
        var counts = new int[1 << 16];
        var (source, target) = (values, buffer);
        for (var shift = 0; shift < 64; shift += 16)
        {
            Array.Clear(counts);
            foreach (var v in source)
            {
                counts[(int)((v >> shift) & 0xFFFF)]++;
            }

            var sum = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                (counts[d], sum) = (sum, sum + counts[d]);
            }

            foreach (var v in source)
            {
                target[counts[(int)((v >> shift) & 0xFFFF)]++] = v;
            }

            (source, target) = (target, source);
        }

        // Four passes: the sorted words are back in the original array.
    }

    /// <summary>A 64-bit pattern whose unsigned order is the order of the doubles (−0 before +0; NaN not allowed).</summary>
    internal static ulong Ordered(double key)
    {
        if (double.IsNaN(key))
        {
            throw new ArgumentOutOfRangeException(nameof(key), "A sort key cannot be NaN.");
        }

        var bits = (ulong)BitConverter.DoubleToInt64Bits(key);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static ulong Index(int record) =>
        record is >= 0 and < 1 << IndexBits ? (ulong)record : throw new ArgumentOutOfRangeException(nameof(record), record, "Record index too large to pack.");
}

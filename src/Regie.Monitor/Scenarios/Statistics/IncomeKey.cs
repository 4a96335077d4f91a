namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Maps a double to an unsigned key whose unsigned order is the numeric order of the doubles, so a radix sort on the
/// key sorts the incomes. IEEE-754 bits already order non-negative doubles; for negative ones every bit is flipped
/// (a larger magnitude must sort lower), and for non-negative ones only the sign bit is set (they sort above every
/// negative). −0 is folded into +0 first, so identical incomes always have identical keys. NaN and infinity are
/// rejected before a key is made.
/// </summary>
internal static class IncomeKey
{
    private const ulong SignBit = 1UL << 63;

    public static ulong ToKey(double income)
    {
        var bits = BitConverter.DoubleToUInt64Bits(income == 0 ? 0.0 : income);
        // All ones when negative (flip everything), the sign bit alone otherwise (set it).
        var mask = (ulong)((long)bits >> 63) | SignBit;
        return bits ^ mask;
    }

    public static double ToIncome(ulong key)
    {
        // Keys with the sign bit set came from non-negative incomes: clear it; the others were flipped: flip back.
        var mask = ((key >> 63) - 1) | SignBit;
        return BitConverter.UInt64BitsToDouble(key ^ mask);
    }
}

using System.Runtime.InteropServices;

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>A record in the middle of <see cref="RadixSort"/>: its key (relative to the smallest key), its weight and
/// its index in the input. Packed to 20 bytes: the sort is bound by memory traffic.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct SortEntry(ulong key, double weight, int index)
{
    public ulong Key = key;
    public double Weight = weight;
    public int Index = index;
}

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>How <see cref="IncomeDistribution"/> sorts its keys. Both give identical results; the comparison sort is
/// kept as the baseline the benchmarks and tests measure the radix sort against.</summary>
internal enum SortStrategy
{
    /// <summary>Radix sort on the order-preserving keys: an MSD split, then LSD passes per bucket (<see cref="RadixSort"/>).</summary>
    Radix,

    /// <summary><see cref="MemoryExtensions.Sort{TKey, TValue}(Span{TKey}, Span{TValue})"/> on the same keys.</summary>
    Comparison,
}

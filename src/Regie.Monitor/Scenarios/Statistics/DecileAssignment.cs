namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>Deciles of one distribution (re-ranked: the snapshot deciles of that distribution).</summary>
/// <param name="DecileOfRecord">Decile of every record, in the input order, from 1 to 10.</param>
/// <param name="Rows">One row per decile, decile 1 first; always ten rows, empty ones included.</param>
/// <param name="NonPositiveCount">Records with income ≤ 0 (all in decile 1).</param>
/// <param name="NonPositiveWeight">Their weight.</param>
/// <param name="LargestTieGroupWeight">The weight of the heaviest group of identical incomes: how far a decile's
/// weight may stray from W/10.</param>
public sealed record DecileAssignment(
    byte[] DecileOfRecord, DecileRow[] Rows, int NonPositiveCount, double NonPositiveWeight, double LargestTieGroupWeight);

/// <summary>One decile of a distribution.</summary>
/// <param name="Decile">1 to 10.</param>
/// <param name="Weight">Σ w of its records.</param>
/// <param name="Count">Number of records.</param>
/// <param name="Min">Lowest income; null when the decile is empty.</param>
/// <param name="Max">Highest income; null when the decile is empty.</param>
/// <param name="Mean">Weighted mean income; null when the decile has no weight (never a division by zero).</param>
public sealed record DecileRow(int Decile, double Weight, int Count, double? Min, double? Max, double? Mean);

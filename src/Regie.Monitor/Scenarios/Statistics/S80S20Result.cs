namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>The income quintile share ratio and the two totals it divides.</summary>
/// <param name="Ratio">Top-quintile income over bottom-quintile income; null when the bottom quintile has no
/// positive income (the ratio would be infinite or meaningless).</param>
/// <param name="BottomQuintileIncome">Σ w·max(y, 0) over the lowest 20 % of the weight.</param>
/// <param name="TopQuintileIncome">Σ w·max(y, 0) over the highest 20 % of the weight.</param>
public sealed record S80S20Result(double? Ratio, double BottomQuintileIncome, double TopQuintileIncome);

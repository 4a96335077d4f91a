namespace Regie.Monitor.Scenarios.Statistics;

public sealed partial class IncomeDistribution
{
    /// <summary>
    /// The weighted Gini coefficient without small-sample correction, from cumulative sums over the sorted incomes:
    /// S_k = Σ_{j≤k} w_j·y_j, G = 1 − Σ_k w_k·(S_{k−1} + S_k) / (W·S_n), which equals
    /// Σ_i Σ_j w_i w_j |y_i − y_j| / (2W²μ) (microsimulation note §5). Negative incomes are bottom-coded at 0 first
    /// (the UK study's convention; CBS's is to be verified) and counted in the result.
    /// </summary>
    /// <remarks>Survey weights enter only as frequency weights: no n/(n−1) term, which breaks on non-integer weights
    /// (policyengine-claude PR #76). When no one has a positive income, everyone is equal (at 0) and the Gini is 0.
    /// Rounding below 0 is clamped to 0.</remarks>
    public GiniResult Gini()
    {
        var incomes = Incomes;
        var weights = GroupWeights;
        var starts = GroupStarts;
        var codedCount = 0;
        var codedWeight = 0.0;
        var cumulativeIncome = 0.0;
        var area = 0.0;
        for (var g = 0; g < incomes.Length; g++)
        {
            var y = incomes[g];
            var w = weights[g];
            if (y < 0)
            {
                codedCount += starts[g + 1] - starts[g];
                codedWeight += w;
                y = 0;
            }

            // A tie group is w·y added at once, which for equal incomes is exactly what its records would add.
            var before = cumulativeIncome;
            cumulativeIncome += w * y;
            area += w * (before + cumulativeIncome);
        }

        var value = cumulativeIncome > 0 ? Math.Max(0.0, 1 - (area / (TotalWeight * cumulativeIncome))) : 0.0;
        return new GiniResult(value, codedCount, codedWeight);
    }

    /// <summary>
    /// The income quintile share ratio: the income of the top 20 % of the weight over that of the bottom 20 %. A
    /// record (tie group) straddling the 20 % or 80 % point is split, the part of its weight on each side counting on
    /// that side. Negative incomes are bottom-coded at 0, as for the Gini.
    /// </summary>
    public S80S20Result S80S20()
    {
        var incomes = Incomes;
        var weights = GroupWeights;
        var lowEdge = 0.2 * TotalWeight;
        var highEdge = 0.8 * TotalWeight;
        var cumulative = 0.0;
        var bottom = 0.0;
        var top = 0.0;
        for (var g = 0; g < incomes.Length; g++)
        {
            var y = Math.Max(0.0, incomes[g]);
            var w = weights[g];
            var start = cumulative;
            cumulative += w;
            if (start < lowEdge)
            {
                bottom += (cumulative <= lowEdge ? w : lowEdge - start) * y;
            }

            if (cumulative > highEdge)
            {
                top += (start >= highEdge ? w : cumulative - highEdge) * y;
            }
        }

        return new S80S20Result(bottom > 0 ? top / bottom : null, bottom, top);
    }
}

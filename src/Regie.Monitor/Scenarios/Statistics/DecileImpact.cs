namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Change by decile with <em>baseline-fixed</em> membership: each person stays in the decile of their baseline income
/// (people tracked, not re-ranked; microsimulation note §5 rule 4). Label tables built from it so.
/// </summary>
/// <param name="Deciles">Decile 1 first; always ten rows.</param>
/// <param name="Overall">The same figures over every record.</param>
public sealed record DecileImpact(DecileImpactRow[] Deciles, ImpactSummary Overall)
{
    /// <summary>A relative change above this (1 %) makes a record a winner, below its negative a loser.</summary>
    public const double ChangeThreshold = 0.01;

    /// <summary>A relative loss beyond this (5 %) is also counted as a large loss.</summary>
    public const double LargeLossThreshold = 0.05;

    /// <summary>
    /// Computes mean baseline and scenario income, absolute and relative change and the shares of winners and
    /// losers per baseline decile. Sums run over the records in input order on one thread: the same input gives the
    /// same bytes, and reordering the records changes the figures by rounding only.
    /// </summary>
    /// <param name="baselineDecile">Each record's baseline decile (1–10), e.g. <see cref="DecileAssignment.DecileOfRecord"/>.</param>
    /// <param name="baseline">Baseline income per record; finite.</param>
    /// <param name="scenario">Scenario income per record; finite.</param>
    /// <param name="weight">Weight per record; finite and ≥ 0.</param>
    /// <exception cref="ArgumentException">The spans differ in length, or a value is out of range.</exception>
    public static DecileImpact Compute(
        ReadOnlySpan<byte> baselineDecile, ReadOnlySpan<double> baseline, ReadOnlySpan<double> scenario, ReadOnlySpan<double> weight)
    {
        var n = baselineDecile.Length;
        if (baseline.Length != n || scenario.Length != n || weight.Length != n)
        {
            throw new ArgumentException(
                $"Lengths differ: {n} deciles, {baseline.Length} baseline incomes, {scenario.Length} scenario incomes, {weight.Length} weights.");
        }

        var deciles = new ImpactAccumulator[IncomeDistribution.DecileCount];
        var overall = default(ImpactAccumulator);
        for (var i = 0; i < n; i++)
        {
            var decile = baselineDecile[i];
            if (decile is < 1 or > IncomeDistribution.DecileCount)
            {
                throw new ArgumentException($"Record {i} is in decile {decile}; deciles run from 1 to 10.", nameof(baselineDecile));
            }

            Check(i, baseline[i], scenario[i], weight[i]);
            deciles[decile - 1].Add(baseline[i], scenario[i], weight[i]);
            overall.Add(baseline[i], scenario[i], weight[i]);
        }

        var rows = new DecileImpactRow[IncomeDistribution.DecileCount];
        for (var d = 0; d < rows.Length; d++)
        {
            rows[d] = new DecileImpactRow(d + 1, deciles[d].ToSummary());
        }

        return new DecileImpact(rows, overall.ToSummary());
    }

    private static void Check(int i, double baseline, double scenario, double weight)
    {
        if (!double.IsFinite(baseline) || !double.IsFinite(scenario))
        {
            throw new ArgumentException($"Record {i} has incomes {baseline} and {scenario}; incomes must be finite.");
        }

        if (!(weight >= 0) || !double.IsFinite(weight))
        {
            throw new ArgumentException($"Weight {i} is {weight}; weights must be finite and not negative.", nameof(weight));
        }
    }
}

/// <summary>The impact in one baseline decile.</summary>
/// <param name="Decile">1 to 10.</param>
/// <param name="Impact">Its figures.</param>
public sealed record DecileImpactRow(int Decile, ImpactSummary Impact);

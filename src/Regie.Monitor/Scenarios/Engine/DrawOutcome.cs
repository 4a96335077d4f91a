using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>What one draw produced, reduced to the figures the result needs (the per-household arrays are dropped).</summary>
internal sealed record DrawOutcome(
    Indicators[] Years,
    DecileChangeRow[] Deciles,
    GroupChange[] HouseholdTypes,
    double[] HitByOccupation,
    double[] HitBySector,
    IReadOnlyList<OccupationQuota> Quotas)
{
    public static DrawOutcome Of(
        SyntheticPopulation pop,
        ShockPlan plan,
        double[] std,
        YearTotals[] totals,
        double[] baseStd,
        byte[] baseDeciles,
        double[] personWeight,
        double anchoredLine,
        DistributionBuffers buffers)
    {
        var households = pop.HouseholdCount;
        var years = new Indicators[totals.Length];
        for (var y = 0; y < totals.Length; y++)
        {
            var slice = std.AsSpan(y * households, households);
            var distribution = IncomeDistribution.Create(slice, personWeight, buffers);
            years[y] = DistributionIndicators.Of(distribution, anchoredLine).ToIndicators(totals[y]);
        }

        var last = std.AsSpan((totals.Length - 1) * households, households);
        var deciles = DecileImpact.Compute(baseDeciles, baseStd, last, personWeight).Deciles
            .Select(r => new DecileChangeRow(
                r.Decile,
                r.Impact.MeanBaseline ?? 0,
                r.Impact.MeanScenario ?? 0,
                r.Impact.AbsoluteChange ?? 0,
                r.Impact.RelativeChange,
                r.Impact.GainShare ?? 0,
                r.Impact.LossShare ?? 0,
                r.Impact.LargeLossShare ?? 0))
            .ToArray();
        var (byOccupation, bySector) = Hits(pop, plan);
        return new DrawOutcome(years, deciles, HouseholdTypeChanges(pop, baseStd, last, personWeight), byOccupation, bySector, plan.Quotas);
    }

    private static (double[] Occupation, double[] Sector) Hits(SyntheticPopulation pop, ShockPlan plan)
    {
        var occupation = new double[pop.Codes.Occupations.Count + 1];
        var sector = new double[pop.Codes.Sectors.Count + 1];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (plan.HitMonth[p] < 0)
                continue;
            var w = pop.Weight[pop.HouseholdOf[p]];
            occupation[pop.Occupation[p] < 0 ? occupation.Length - 1 : pop.Occupation[p]] += w;
            sector[pop.Sector[p] < 0 ? sector.Length - 1 : pop.Sector[p]] += w;
        }

        return (occupation, sector);
    }

    /// <summary>Per household type: mean standardised income before and after, and who wins or loses more than 1 %.</summary>
    private static GroupChange[] HouseholdTypeChanges(SyntheticPopulation pop, ReadOnlySpan<double> baseline, ReadOnlySpan<double> scenario, ReadOnlySpan<double> weight)
    {
        var types = Enum.GetValues<HouseholdType>();
        var rows = new GroupChange[types.Length];
        for (var t = 0; t < types.Length; t++)
        {
            double persons = 0, before = 0, after = 0, losers = 0, winners = 0;
            for (var h = 0; h < pop.HouseholdCount; h++)
            {
                if (pop.Type[h] != types[t])
                    continue;
                var w = weight[h];
                persons += w;
                before += w * baseline[h];
                after += w * scenario[h];
                var change = scenario[h] - baseline[h];
                var scale = Math.Abs(baseline[h]);
                if (change < -0.01 * scale)
                    losers += w;
                else if (change > 0.01 * scale)
                    winners += w;
            }

            rows[t] = new GroupChange(
                types[t].ToString(),
                persons,
                persons > 0 ? before / persons : 0,
                persons > 0 ? after / persons : 0,
                before > 0 ? (after - before) / before : null,
                persons > 0 ? losers / persons : 0,
                persons > 0 ? winners / persons : 0);
        }

        return rows;
    }
}

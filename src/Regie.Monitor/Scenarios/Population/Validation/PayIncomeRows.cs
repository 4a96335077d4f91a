using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>
/// The gross side: employees' hourly pay quartiles per BRC group against 85517NED (or the documented fallback),
/// and mean primary income per household against 83932NED as a sanity check. Net incomes, the Gini and poverty
/// need the tax and benefit rules and are checked by the engine.
/// </summary>
internal static class PayIncomeRows
{
    public static void AddPay(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var pays = ResolvedPay.For(targets);
        var hourly = new List<double>[pays.Count];
        var weights = new List<double>[pays.Count];
        for (var o = 0; o < pays.Count; o++)
        {
            (hourly[o], weights[o]) = ([], []);
        }

        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Status[p] == LabourStatus.Employee && pop.Occupation[p] >= 0 && pop.HoursPerWeek[p] > 0)
            {
                hourly[pop.Occupation[p]].Add(pop.WageCents[p] / 100.0 / PayStep.MonthlyHours(pop.HoursPerWeek[p]));
                weights[pop.Occupation[p]].Add(pop.Weight[pop.HouseholdOf[p]]);
            }
        }

        for (var o = 0; o < pays.Count; o++)
        {
            var g = targets.Occupations[o];
            var (values, w) = (hourly[o].ToArray(), weights[o].ToArray());
            if (values.Length == 0)
            {
                continue;
            }

            var pay = pays[o];
            var d = pay.Distribution;
            foreach (var (name, q, target) in new[] { ("pay.p25", 0.25, d.P25), ("pay.p50", 0.50, d.P50), ("pay.p75", 0.75, d.P75) })
            {
                // Rank-based pay meets the quartiles up to cents and the minimum-wage floor; small groups get the
                // room of one rank step in the quantile function.
                var room = 0.02 + 2.0 / values.Length;
                rows.Add("pay", name, $"{g.Code} {g.Title}", new Cited(target, pay.SourceId, pay.Table, pay.Period),
                    WeightedQuantile.Of(values, w, q), "euro per hour", room * target, FormattableString.Invariant($"2 % + 2 records of {values.Length}"));
            }
        }
    }

    public static void AddIncome(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var total = 0.0;
        var households = 0.0;
        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            var cents = 0.0;
            for (var p = pop.FirstPerson[h]; p < pop.FirstPerson[h + 1]; p++)
            {
                cents += pop.WageCents[p] * (1 + PopulationAssumptions.EmployerContributions) + pop.SelfEmploymentCents[p] + pop.CapitalIncomeCents[p];
            }

            total += pop.Weight[h] * cents * 12 / 100;
            households += pop.Weight[h];
        }

        var anchor = targets.Income.MeanPrimaryIncome;
        rows.Add("income", "income.mean-primary", "", Cited.Of(anchor).With("wages × (1 + employer contributions, assumption check.employer-contributions)"),
            households > 0 ? total / households : 0, "euro per year", 0.25 * anchor.Value, "25 % (sanity check: profits, capital income and contributions are assumed)");
    }
}

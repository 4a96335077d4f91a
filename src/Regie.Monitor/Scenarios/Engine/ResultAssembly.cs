using Regie.Core.Results;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>Turns the draws into one result: means over draws for every figure, and the spread of the headline changes.</summary>
internal static class ResultAssembly
{
    public static Result<ScenarioResult> Assemble(ScenarioInputs inputs, Indicators baseline, DrawOutcome[] draws, double[] decileBounds, RunManifest manifest)
    {
        var spec = inputs.Spec;
        var years = new List<YearResult>(spec.HorizonYears);
        for (var y = 0; y < spec.HorizonYears; y++)
        {
            var scenario = Mean(draws.Select(d => d.Years[y]).ToArray());
            years.Add(new YearResult(spec.StartYear + y, baseline, scenario, Pays(baseline, scenario)));
        }

        return new ScenarioResult(
            manifest,
            years,
            MeanDeciles(draws),
            Occupations(inputs, draws),
            Sectors(inputs, draws),
            MeanGroups(draws),
            spec.Draws > 1 ? Uncertainty(spec.StartYear, baseline, draws) : [],
            decileBounds);
    }

    private static WhoPays Pays(Indicators b, Indicators s) => new(
        s.WwSpending - b.WwSpending,
        s.TwSpending - b.TwSpending,
        s.BijstandSpending - b.BijstandSpending,
        b.IncomeTax - s.IncomeTax);

    /// <summary>The headline changes per year whose spread over draws is reported.</summary>
    private static readonly (string Name, Func<Indicators, Indicators, double> Change)[] Headlines =
    [
        ("gini", (b, s) => s.Gini - b.Gini),
        ("poverty_rate", (b, s) => s.PovertyRate - b.PovertyRate),
        ("poverty_rate_anchored", (b, s) => s.PovertyRateAnchored - b.PovertyRateAnchored),
        ("ww_recipients", (b, s) => s.WwRecipients - b.WwRecipients),
        ("bijstand_households", (b, s) => s.BijstandHouseholds - b.BijstandHouseholds),
        ("total_cost", (b, s) => Pays(b, s).Total),
        ("mean_income", (b, s) => s.MeanIncome - b.MeanIncome),
    ];

    private static UncertaintyRow[] Uncertainty(int startYear, Indicators baseline, DrawOutcome[] draws)
    {
        var rows = new List<UncertaintyRow>();
        for (var y = 0; y < draws[0].Years.Length; y++)
        {
            foreach (var (name, change) in Headlines)
            {
                var values = draws.Select(d => change(baseline, d.Years[y])).ToArray();
                var s = MonteCarloSummary.Of(values);
                rows.Add(new UncertaintyRow(startYear + y, name, s.Mean, s.StandardDeviation ?? 0, s.P5, s.P95, s.StandardError ?? 0));
            }
        }

        return [.. rows];
    }

    private static OccupationImpact[] Occupations(ScenarioInputs inputs, DrawOutcome[] draws)
    {
        var pop = inputs.Population;
        var groups = EmployeeGroups.Of(pop);
        var exposure = draws[0].Quotas;
        var rows = new List<OccupationImpact>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups.Weight[g] <= 0)
                continue;
            var code = g < pop.Codes.Occupations.Count ? pop.Codes.Occupations[g] : "-";
            var hit = draws.Average(d => d.HitByOccupation[g]);
            rows.Add(new OccupationImpact(
                code,
                inputs.OccupationTitles.GetValueOrDefault(code, code),
                groups.Weight[g],
                exposure[g].Exposure,
                exposure[g].Imputed,
                hit,
                hit / groups.Weight[g]));
        }

        return [.. rows.OrderByDescending(r => r.Hit).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static SectorImpact[] Sectors(ScenarioInputs inputs, DrawOutcome[] draws)
    {
        var pop = inputs.Population;
        var employees = new double[pop.Codes.Sectors.Count + 1];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Status[p] == LabourStatus.Employee)
                employees[pop.Sector[p] < 0 ? employees.Length - 1 : pop.Sector[p]] += pop.Weight[pop.HouseholdOf[p]];
        }

        var rows = new List<SectorImpact>();
        for (var s = 0; s < employees.Length; s++)
        {
            if (employees[s] <= 0)
                continue;
            var code = s < pop.Codes.Sectors.Count ? pop.Codes.Sectors[s] : "-";
            var hit = draws.Average(d => d.HitBySector[s]);
            rows.Add(new SectorImpact(code, inputs.SectorTitles.GetValueOrDefault(code, code), employees[s], hit, hit / employees[s]));
        }

        return [.. rows.OrderByDescending(r => r.Hit).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static DecileChangeRow[] MeanDeciles(DrawOutcome[] draws) =>
        [.. draws[0].Deciles.Select((row, i) => new DecileChangeRow(
            row.Decile,
            draws.Average(d => d.Deciles[i].BaselineMean),
            draws.Average(d => d.Deciles[i].ScenarioMean),
            draws.Average(d => d.Deciles[i].AbsoluteChange),
            draws.All(d => d.Deciles[i].RelativeChange is not null) ? draws.Average(d => d.Deciles[i].RelativeChange!.Value) : null,
            draws.Average(d => d.Deciles[i].GainMoreThan1Percent),
            draws.Average(d => d.Deciles[i].LossMoreThan1Percent),
            draws.Average(d => d.Deciles[i].LossMoreThan5Percent)))];

    private static GroupChange[] MeanGroups(DrawOutcome[] draws) =>
        [.. draws[0].HouseholdTypes.Select((row, i) => row with
        {
            ScenarioMean = draws.Average(d => d.HouseholdTypes[i].ScenarioMean),
            RelativeChange = draws.All(d => d.HouseholdTypes[i].RelativeChange is not null) ? draws.Average(d => d.HouseholdTypes[i].RelativeChange!.Value) : null,
            Losers = draws.Average(d => d.HouseholdTypes[i].Losers),
            Winners = draws.Average(d => d.HouseholdTypes[i].Winners),
        })];

    private static Indicators Mean(Indicators[] xs) => new(
        xs.Average(x => x.EmployeesInWork),
        xs.Average(x => x.SelfEmployed),
        xs.Average(x => x.DisplacedWithoutWork),
        xs.Average(x => x.OnReducedHours),
        xs.Average(x => x.WwRecipients),
        xs.Average(x => x.WwSpending),
        xs.Average(x => x.TwRecipients),
        xs.Average(x => x.TwSpending),
        xs.Average(x => x.BijstandHouseholds),
        xs.Average(x => x.BijstandSpending),
        xs.Average(x => x.IncomeTax),
        xs.Average(x => x.GrossWages),
        xs.Average(x => x.MeanIncome),
        xs.Average(x => x.MedianIncome),
        xs.Average(x => x.Gini),
        xs.All(x => x.S80S20 is not null) ? xs.Average(x => x.S80S20!.Value) : null,
        xs.Average(x => x.PovertyRate),
        xs.Average(x => x.PovertyRateAnchored),
        xs.Average(x => x.PovertyLine));
}

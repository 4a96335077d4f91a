using System.Globalization;
using Regie.Monitor.Atlas;
using Regie.Monitor.Scenarios.Engine;

namespace Regie.Web.Export;

/// <summary>
/// A scenario run's figures as download tables (the same the run page shows), each row carrying the run as its
/// source; the manifest goes above every CSV and into the Excel file's Manifest sheet.
/// </summary>
internal static class ScenarioExports
{
    public const string ManifestSheet = "Manifest";

    public static ExportDocument ToExport(this ScenarioResult result, string runId) => new(
        $"scenario-{result.Manifest.ScenarioId}-{runId}",
        null,
        $"Regie scenario lab: {result.Manifest.ScenarioId} (run {runId})",
        [
            new TableBuilder<(int Year, string Indicator, double? Baseline, double? Scenario)>("indicators", "Indicators")
                .Integer("year", r => r.Year)
                .Text("indicator", r => r.Indicator)
                .Number("baseline", r => r.Baseline)
                .Number("scenario", r => r.Scenario)
                .Number("change", r => r.Scenario - r.Baseline)
                .Build(result.Years.SelectMany(y => ScenarioIndicators.All.Select(i => (y.Year, i.Name, i.Value(y.Baseline), i.Value(y.Scenario))))),
            new TableBuilder<YearResult>("who-pays", "Who pays")
                .Integer("year", y => y.Year)
                .Number("unemploymentFund", y => y.WhoPays.UnemploymentFund)
                .Number("centralGovernmentTw", y => y.WhoPays.CentralGovernmentTw)
                .Number("municipalities", y => y.WhoPays.Municipalities)
                .Number("lostTax", y => y.WhoPays.LostTax)
                .Number("total", y => y.WhoPays.Total)
                .Build(result.Years),
            new TableBuilder<DecileChangeRow>("deciles", "Deciles")
                .Integer("decile", d => d.Decile)
                .Number("baselineMean", d => d.BaselineMean)
                .Number("scenarioMean", d => d.ScenarioMean)
                .Number("absoluteChange", d => d.AbsoluteChange)
                .Number("relativeChange", d => d.RelativeChange)
                .Number("gainMoreThan1Percent", d => d.GainMoreThan1Percent)
                .Number("lossMoreThan1Percent", d => d.LossMoreThan1Percent)
                .Number("lossMoreThan5Percent", d => d.LossMoreThan5Percent)
                .Build(result.Deciles),
            new TableBuilder<OccupationImpact>("occupations", "Occupations")
                .Text("code", o => o.Code)
                .Text("title", o => o.Title)
                .Number("employees", o => o.Employees)
                .Number("exposure", o => o.Exposure)
                .Boolean("exposureImputed", o => o.ExposureImputed)
                .Number("hit", o => o.Hit)
                .Number("hitShare", o => o.HitShare)
                .Build(result.Occupations),
            new TableBuilder<SectorImpact>("sectors", "Sectors")
                .Text("code", s => s.Code)
                .Text("title", s => s.Title)
                .Number("employees", s => s.Employees)
                .Number("hit", s => s.Hit)
                .Number("hitShare", s => s.HitShare)
                .Build(result.Sectors),
            new TableBuilder<GroupChange>("household-types", "Household types")
                .Text("group", g => g.Group)
                .Number("persons", g => g.Persons)
                .Number("baselineMean", g => g.BaselineMean)
                .Number("scenarioMean", g => g.ScenarioMean)
                .Number("relativeChange", g => g.RelativeChange)
                .Number("losers", g => g.Losers)
                .Number("winners", g => g.Winners)
                .Build(result.HouseholdTypes),
            new TableBuilder<UncertaintyRow>("uncertainty", "Uncertainty")
                .Integer("year", u => u.Year)
                .Text("indicator", u => u.Indicator)
                .Number("mean", u => u.Mean)
                .Number("standardDeviation", u => u.StandardDeviation)
                .Number("p5", u => u.P5)
                .Number("p95", u => u.P95)
                .Number("standardError", u => u.StandardError)
                .Build(result.Uncertainty),
        ],
        new ExportProvenance([new SourceRef("regie-scenario-lab", SourceLine(result.Manifest, runId))], null, [Disclaimer]));

    /// <summary>What a scenario result is and is not; at the top of every export.</summary>
    public const string Disclaimer =
        "A scenario, not a forecast: the size of the shock is an assumption you choose. Exposure is not job loss.";

    /// <summary>The source of every exported row: the run, the scenario, the law and the population.</summary>
    public static string SourceLine(RunManifest m, string runId) =>
        $"Regie scenario lab, run {runId}: scenario {m.ScenarioId} ({Short(m.ScenarioHash)}), law of {m.LawDate}, population {Short(m.PopulationHash)}, engine {m.EngineVersion}";

    /// <summary>The manifest as lines "name: value" (CSV preamble; the Excel Manifest sheet adds the lists).</summary>
    public static IReadOnlyList<string> ManifestLines(RunManifest m, string runId) =>
    [
        "Regie scenario lab run manifest",
        Disclaimer,
        $"run: {runId}",
        $"engine: {m.EngineVersion}",
        $"law date: {m.LawDate} (rule book {m.RuleBookHash})",
        $"values not from a primary source: {m.NonPrimaryValues.Count}",
        Invariant($"population: {m.PopulationKind} {m.PopulationVersion}, seed {m.PopulationSeed}, {m.PopulationHouseholds} households, {m.PopulationPersons:0} persons (weighted), hash {m.PopulationHash}"),
        $"population targets: {m.TargetsHash}",
        $"data: {m.DataHash}",
        $"exposure index: {m.ExposureIndex}",
        $"complementarity: {m.Complementarity}",
        $"scenario: {m.ScenarioId} (hash {m.ScenarioHash})",
        $"seeds: {string.Join(' ', m.Seeds)}",
        $"ranking unit: {m.RankingUnit}",
        $"poverty line: {m.PovertyLine}",
        Invariant($"started: {m.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {m.Seconds:0.0} s"),
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}

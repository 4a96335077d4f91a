using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Engine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Scenario;

/// <summary>A scenario result as tables: per year, who pays, deciles, hardest-hit occupations, and the manifest.</summary>
internal static class ScenarioView
{
    public static IRenderable Render(ScenarioResult result, Texts t)
    {
        var m = result.Manifest;
        return new Rows(
            new Text(t.Format("Scenario.Heading", m.ScenarioId, t.Count(m.PopulationHouseholds), t.Count((long)Math.Round(m.PopulationPersons)), m.LawDate), new Style(decoration: Decoration.Bold)),
            Years(result, t),
            Pays(result, t),
            Deciles(result, t),
            Occupations(result, t),
            Uncertainty(result, t),
            Manifest(m, t));
    }

    private static Table Years(ScenarioResult r, Texts t)
    {
        var table = new Table().Title(t["Scenario.Years"])
            .AddNumberColumn(t["Scenario.Year"])
            .AddNumberColumn(t["Scenario.Displaced"])
            .AddNumberColumn(t["Scenario.WwRecipients"])
            .AddNumberColumn(t["Scenario.BijstandHouseholds"])
            .AddNumberColumn(t["Scenario.MedianIncome"])
            .AddNumberColumn(t["Scenario.Gini"])
            .AddNumberColumn(t["Scenario.Poverty"])
            .AddNumberColumn(t["Scenario.PovertyAnchored"]);
        var b = r.Years[0].Baseline;
        table.AddTextRow(t["Scenario.Baseline"], "0", t.Count(Round(b.WwRecipients)), t.Count(Round(b.BijstandHouseholds)), t.Euro(b.MedianIncome), t.Number(b.Gini, 4), t.Share(b.PovertyRate), t.Share(b.PovertyRateAnchored));
        foreach (var y in r.Years)
        {
            var s = y.Scenario;
            table.AddTextRow(
                y.Year.ToString(t.Culture),
                t.Count(Round(s.DisplacedWithoutWork + s.OnReducedHours)),
                t.Count(Round(s.WwRecipients)),
                t.Count(Round(s.BijstandHouseholds)),
                t.Euro(s.MedianIncome),
                t.Number(s.Gini, 4),
                t.Share(s.PovertyRate),
                t.Share(s.PovertyRateAnchored));
        }

        return table;
    }

    private static Table Pays(ScenarioResult r, Texts t)
    {
        var table = new Table().Title(t["Scenario.WhoPays"])
            .AddNumberColumn(t["Scenario.Year"])
            .AddNumberColumn(t["Scenario.Awf"])
            .AddNumberColumn(t["Scenario.CentralTw"])
            .AddNumberColumn(t["Scenario.Municipalities"])
            .AddNumberColumn(t["Scenario.LostTax"])
            .AddNumberColumn(t["Scenario.Total"]);
        foreach (var y in r.Years)
        {
            var p = y.WhoPays;
            table.AddTextRow(y.Year.ToString(t.Culture), Millions(p.UnemploymentFund, t), Millions(p.CentralGovernmentTw, t), Millions(p.Municipalities, t), Millions(p.LostTax, t), Millions(p.Total, t));
        }

        return table;
    }

    private static Table Deciles(ScenarioResult r, Texts t)
    {
        var table = new Table().Title(t.Format("Scenario.Deciles", r.Years[^1].Year))
            .AddNumberColumn(t["Scenario.Decile"])
            .AddNumberColumn(t["Scenario.BaselineMean"])
            .AddNumberColumn(t["Scenario.Change"])
            .AddNumberColumn(t["Scenario.RelativeChange"])
            .AddNumberColumn(t["Scenario.Losers"]);
        foreach (var d in r.Deciles)
            table.AddTextRow(d.Decile.ToString(t.Culture), t.Euro(d.BaselineMean), t.Euro(d.AbsoluteChange), t.Share(d.RelativeChange, 2), t.Share(d.LossMoreThan1Percent));
        return table;
    }

    private static Table Occupations(ScenarioResult r, Texts t)
    {
        var table = new Table().Title(t["Scenario.Occupations"])
            .AddTextColumn(t["Scenario.Occupation"])
            .AddNumberColumn(t["Scenario.Employees"])
            .AddNumberColumn(t["Scenario.Exposure"])
            .AddNumberColumn(t["Scenario.Hit"])
            .AddNumberColumn(t["Scenario.HitShare"]);
        foreach (var o in r.Occupations.Take(10))
            table.AddTextRow($"{o.Code} {o.Title}", t.Count(Round(o.Employees)), t.Score(o.Exposure) + (o.ExposureImputed ? "*" : ""), t.Count(Round(o.Hit)), t.Share(o.HitShare));
        return table;
    }

    private static IRenderable Uncertainty(ScenarioResult r, Texts t)
    {
        if (r.Uncertainty.Count == 0)
            return new Text(t["Scenario.OneDraw"]);
        var last = r.Years[^1].Year;
        var table = new Table().Title(t.Format("Scenario.Uncertainty", r.Manifest.Seeds.Count, last))
            .AddTextColumn(t["Scenario.Indicator"])
            .AddNumberColumn(t["Scenario.Mean"])
            .AddNumberColumn("P5")
            .AddNumberColumn("P95")
            .AddNumberColumn(t["Scenario.StandardError"]);
        foreach (var u in r.Uncertainty.Where(u => u.Year == last))
            table.AddTextRow(t[$"Scenario.Indicator.{u.Indicator}"], Num(u.Mean), Num(u.P5), Num(u.P95), Num(u.StandardError));
        return table;

        string Num(double v) => Math.Abs(v) >= 1000 ? t.Count(Round(v)) : t.Number(v, 5);
    }

    private static IRenderable Manifest(RunManifest m, Texts t) => new Rows(
        new Text(t["Scenario.Manifest"], new Style(decoration: Decoration.Bold)),
        new Text(t.Format("Scenario.ManifestEngine", m.EngineVersion, m.Seconds)),
        new Text(t.Format("Scenario.ManifestLaw", m.LawDate, Short(m.RuleBookHash), m.NonPrimaryValues.Count)),
        new Text(t.Format("Scenario.ManifestPopulation", m.PopulationKind, m.PopulationVersion, m.PopulationSeed, Short(m.PopulationHash), Short(m.DataHash))),
        new Text(t.Format("Scenario.ManifestScenario", m.ScenarioId, Short(m.ScenarioHash), string.Join(",", m.Seeds), m.ExposureIndex)),
        new Text(t["Scenario.NotAForecast"], new Style(decoration: Decoration.Italic)));

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static string Millions(double euros, Texts t) => t.Format("Scenario.MillionEuro", euros / 1e6);

    private static long Round(double value) => (long)Math.Round(value);
}

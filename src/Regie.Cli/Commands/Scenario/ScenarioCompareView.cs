using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Engine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Scenario;

/// <summary>Two results' last year side by side, with the baseline they share and the difference B − A.</summary>
internal static class ScenarioCompareView
{
    public static IRenderable Render(ScenarioResult a, ScenarioResult b, Texts t)
    {
        var (ya, yb) = (a.Years[^1], b.Years[^1]);
        var table = new Table().Title(t.Format("Scenario.CompareTitle", ya.Year))
            .AddTextColumn(t["Scenario.Indicator"])
            .AddNumberColumn(t["Scenario.Baseline"])
            .AddNumberColumn(a.Manifest.ScenarioId)
            .AddNumberColumn(b.Manifest.ScenarioId)
            .AddNumberColumn("B − A");
        Row(t["Scenario.WwRecipients"], x => x.WwRecipients, Count);
        Row(t["Scenario.BijstandHouseholds"], x => x.BijstandHouseholds, Count);
        Row(t["Scenario.MedianIncome"], x => x.MedianIncome, v => t.Euro(v));
        Row(t["Scenario.Gini"], x => x.Gini, v => t.Number(v, 4));
        Row(t["Scenario.Poverty"], x => x.PovertyRate, v => t.Share(v, 2));
        Row(t["Scenario.PovertyAnchored"], x => x.PovertyRateAnchored, v => t.Share(v, 2));
        table.AddTextRow(t["Scenario.Total"] + " (mln €)", "0", t.Number(ya.WhoPays.Total / 1e6, 1), t.Number(yb.WhoPays.Total / 1e6, 1), t.Number((yb.WhoPays.Total - ya.WhoPays.Total) / 1e6, 1));
        return new Rows(table, new Text(t["Scenario.NotAForecast"], new Style(decoration: Decoration.Italic)));

        void Row(string label, Func<Indicators, double> pick, Func<double, string> format) =>
            table.AddTextRow(label, format(pick(ya.Baseline)), format(pick(ya.Scenario)), format(pick(yb.Scenario)), format(pick(yb.Scenario) - pick(ya.Scenario)));

        string Count(double v) => t.Count((long)Math.Round(v));
    }
}

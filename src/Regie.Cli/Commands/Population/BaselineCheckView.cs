using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Lab;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Population;

/// <summary>The engine's baseline against CBS, one row per figure, with the source of each.</summary>
internal static class BaselineCheckView
{
    public static IRenderable Render(IReadOnlyList<BaselineCheckRow> rows, Texts t)
    {
        var table = new Table().Title(t["Population.Baseline.Title"])
            .AddTextColumn(t["Scenario.Indicator"])
            .AddNumberColumn("CBS")
            .AddNumberColumn(t["Population.Baseline.Engine"])
            .AddNumberColumn(t["Population.Baseline.Difference"])
            .AddTextColumn(t["Common.Source"]);
        foreach (var r in rows)
        {
            var decimals = r.Cbs < 10 ? 3 : 0;
            table.AddTextRow(r.Indicator, t.Number(r.Cbs, decimals), t.Number(r.Engine, decimals), t.Share(r.RelativeDifference), $"{r.Table} ({r.Period})");
        }

        return new Rows(table, new Text(t["Population.Baseline.Note"]));
    }
}

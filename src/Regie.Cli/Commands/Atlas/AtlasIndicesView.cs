using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The tables of <c>regie atlas indices</c>.</summary>
internal static class AtlasIndicesView
{
    public static IRenderable Render(IndexComparison comparison, Texts t)
    {
        var indices = new Table().Title(t["Indices.Title"])
            .AddTextColumn(t["Column.Index"])
            .AddTextColumn(t["Column.Measures"])
            .AddTextColumn(t["Column.ScaleShort"])
            .AddNumberColumn(t["Column.UnitGroupsCovered"]);
        foreach (var index in comparison.Indices)
        {
            indices.AddTextRow(
                $"{index.Name} ({index.Id})\n{index.Version}",
                index.Measures,
                index.Scale,
                t.Format("Occupation.ScoredOf", index.UnitGroupsCovered, index.UnitGroupsTotal));
        }

        return new Rows(
        [
            indices,
            Correlations(comparison.Correlations, t),
            Disagreements(comparison.Disagreements, t),
            .. Footnotes.Caveats(comparison.Caveats, t),
            Footnotes.Sources(comparison.Sources, t),
            Footnotes.ExposureIsNotJobLoss(t),
        ]);
    }

    private static Table Correlations(IReadOnlyList<RankCorrelation> correlations, Texts t)
    {
        var table = new Table().Title(t["Indices.CorrelationsTitle"])
            .AddTextColumn(t["Column.IndexA"])
            .AddTextColumn(t["Column.IndexB"])
            .AddTextColumn(t["Column.Level"])
            .AddNumberColumn(t["Column.Rho"])
            .AddNumberColumn(t["Column.N"]);
        foreach (var c in correlations)
        {
            table.AddTextRow(AtlasLabels.IndexName(c.IndexA), AtlasLabels.IndexName(c.IndexB), Level(c.Level, t), t.Number(c.Rho, 2), t.Count(c.N));
        }

        return table;
    }

    private static Table Disagreements(IReadOnlyList<RankDisagreement> disagreements, Texts t)
    {
        var table = new Table().Title(t["Indices.DisagreementsTitle"])
            .AddTextColumn(t["Column.Level"])
            .AddTextColumn(t["Column.Code"])
            .AddTextColumn(t["Column.Title"])
            .AddTextColumn(t["Column.IndexA"])
            .AddNumberColumn(t["Column.PercentileA"])
            .AddTextColumn(t["Column.IndexB"])
            .AddNumberColumn(t["Column.PercentileB"])
            .AddNumberColumn(t["Column.Gap"]);
        foreach (var d in disagreements)
        {
            table.AddTextRow(
                Level(d.Level, t), d.Code, d.Title,
                AtlasLabels.IndexName(d.IndexA), t.Number(d.PercentileA, 0),
                AtlasLabels.IndexName(d.IndexB), t.Number(d.PercentileB, 0),
                t.Number(d.Gap, 0));
        }

        return table;
    }

    private static string Level(string level, Texts t) => t.Find("Level." + level) ?? level;
}

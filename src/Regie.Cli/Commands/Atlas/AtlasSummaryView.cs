using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The tables of <c>regie atlas summary</c>.</summary>
internal static class AtlasSummaryView
{
    public static IRenderable Render(AtlasSummary summary, Texts t)
    {
        var figures = new Table().Title(t["Summary.Title"])
            .AddTextColumn(t["Column.Figure"]).AddNumberColumn(t["Column.Value"]);
        figures.AddTextRow(t.Format("Summary.Employed", summary.EmploymentPeriod), t.Count(summary.TotalEmployed));
        figures.AddTextRow(t["Summary.Coverage"], t.Share(summary.EmploymentCoverage));
        figures.AddTextRow(t["Summary.Ilo2025Mean"], t.Score(summary.Ilo2025WeightedMean));

        return new Rows(
        [
            figures,
            Footnotes.Gap,
            Classes(t["Summary.Ilo2025Classes"], summary.Ilo2025Classes, t),
            Footnotes.Gap,
            Classes(t["Summary.Ilo2023Classes"], summary.Ilo2023Classes, t),
            Footnotes.Gap,
            Indices(summary.Indices, t),
            Footnotes.Gap,
            Footnotes.Note(t["Common.AggregationRule"], summary.AggregationRule, t),
            .. Footnotes.Caveats(summary.Caveats, t),
            Footnotes.Sources(summary.Sources, t),
            Footnotes.ExposureIsNotJobLoss(t),
        ]);
    }

    private static Table Classes(string title, IReadOnlyList<ClassShare> classes, Texts t)
    {
        var table = new Table().Title(title)
            .AddTextColumn(t["Column.Class"])
            .AddNumberColumn(t["Column.ShareOfEmployment"])
            .AddNumberColumn(t["Column.Persons"]);
        foreach (var share in classes)
        {
            table.AddTextRow(t.ClassLabel(share), t.Share(share.Share), t.Count(share.Persons));
        }

        return table;
    }

    private static Table Indices(IReadOnlyList<IndexSummary> indices, Texts t)
    {
        var table = new Table().Title(t["Summary.Indices"])
            .AddTextColumn(t["Column.Index"])
            .AddNumberColumn(t["Column.WeightedPercentile"])
            .AddNumberColumn(t["Column.WeightedMean"])
            .AddNumberColumn(t["Column.EmploymentCoverage"])
            .AddNumberColumn(t["Column.BrcGroups"])
            .AddNumberColumn(t["Column.UnitGroupsReached"]);
        foreach (var index in indices)
        {
            table.AddTextRow(
                AtlasLabels.IndexName(index.IndexId),
                t.Number(index.WeightedPercentile, 1),
                t.Score(index.WeightedMean),
                t.Share(index.EmploymentCoverage),
                t.Count(index.BrcGroupsCovered),
                t.Format("Common.Of", index.UnitGroupsCovered, index.UnitGroupsTotal));
        }

        return table;
    }
}

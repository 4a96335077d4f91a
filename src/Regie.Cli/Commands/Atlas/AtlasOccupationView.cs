using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The tables of <c>regie atlas occupation CODE</c>.</summary>
internal static class AtlasOccupationView
{
    public static IRenderable Render(OccupationDetail detail, bool withTasks, Texts t)
    {
        var blocks = new List<IRenderable>
        {
            Figures(detail.Occupation, t),
            Footnotes.Gap,
            AtlasOccupationTables.Indices(detail, t),
            Footnotes.Gap,
            AtlasOccupationTables.UnitGroups(detail.UnitGroups, t),
            new Text(t["Occupation.UnitGroupsCaption"]),
            Footnotes.Gap,
            AtlasOccupationTables.UnitGroupScores(detail.UnitGroups, t),
        };
        if (withTasks)
        {
            blocks.AddRange(detail.UnitGroups.Where(u => u.Tasks.Count > 0 || u.EscoOccupations.Count > 0)
                .SelectMany(u => AtlasOccupationTables.TasksAndEsco(u, t)));
        }
        else
        {
            blocks.Add(new Text(t["Occupation.TasksHint"]));
        }

        blocks.Add(Footnotes.Note(t["Common.AggregationRule"], detail.AggregationRule, t));
        blocks.AddRange(Footnotes.Caveats(detail.Caveats, t));
        blocks.Add(Footnotes.Sources(detail.Sources, t));
        blocks.Add(Footnotes.ExposureIsNotJobLoss(t));
        return new Rows(blocks);
    }

    private static Table Figures(OccupationRow row, Texts t)
    {
        var table = new Table().Title($"{row.Code} {row.Title}")
            .AddTextColumn(t["Column.Figure"]).AddNumberColumn(t["Column.Value"]);
        table.AddTextRow(t["Occupation.Segment"], $"{row.SegmentCode} {row.Segment}");
        table.AddTextRow(t["Occupation.Class"], $"{row.ClassCode} {row.Class}");
        table.AddTextRow(t.Format("Column.ExposureOf", "ILO 2025"), t.Score(row.Exposure));
        table.AddTextRow(t["Column.DominantClass"], row.DominantClass is { } c ? t.ClassLabel(c, c) : t.Missing);
        foreach (var share in row.Ilo2025Classes)
        {
            table.AddTextRow("  " + t.ClassLabel(share), t.Share(share.Share));
        }

        table.AddTextRow(t["Occupation.UnitGroups"], t.Format("Occupation.ScoredOf", row.ScoredUnitGroups, row.UnitGroups));
        table.AddTextRow(t["Column.Persons"], t.Count(row.Employed));
        table.AddTextRow(t["Occupation.PersonsComparison"], t.Count(row.EmployedComparison));
        table.AddTextRow(t["Column.Change"], t.Percent(row.ChangePercent));
        table.AddTextRow(t["Column.Women"], t.Share(row.WomenShare));
        table.AddTextRow(Flat(t["Column.HigherEducation"]), t.Share(row.HigherEducationShare));
        table.AddTextRow(Flat(t["Column.MedianHourlyPay"]), t.Number(row.MedianHourlyPay, 2));
        table.AddTextRow(t["Occupation.PayQuartiles"], $"{t.Euro(row.PayP25)} – {t.Euro(row.PayP75)}");
        return table;
    }

    // Column headers may break over two lines; as a row label they read as one.
    private static string Flat(string header) => header.Replace('\n', ' ');
}

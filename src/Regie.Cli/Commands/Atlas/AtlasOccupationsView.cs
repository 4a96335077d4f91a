using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The table of <c>regie atlas occupations</c>.</summary>
internal static class AtlasOccupationsView
{
    /// <summary>Below this console width the composition and pay columns are left out (they stay in --json and the detail view).</summary>
    public const int WideFrom = 120;

    public static IRenderable Render(OccupationList list, int total, ExposureIndexInfo index, int width, Texts t)
    {
        var wide = width >= WideFrom;
        var table = new Table().Title(t.Format("Occupations.Title", index.Name))
            .AddTextColumn(t["Column.Code"])
            .AddTextColumn(t["Column.OccupationGroup"])
            .AddNumberColumn(t["Column.Score"])
            .AddTextColumn(t["Column.Class"])
            .AddNumberColumn(t.Format("Column.EmployedIn", list.EmploymentPeriod))
            .AddNumberColumn(t["Column.Change"]);
        if (wide)
        {
            table.AddNumberColumn(t["Column.Women"]).AddNumberColumn(t["Column.HigherEducation"]).AddNumberColumn(t["Column.MedianHourlyPay"]);
        }

        foreach (var row in list.Occupations)
        {
            string[] cells = [row.Code, row.Title, t.Score(Exposure(row, index)), t.ShortClassLabel(row.DominantClass), t.Count(row.Employed), t.Percent(row.ChangePercent)];
            table.AddTextRow(wide ? [.. cells, t.Share(row.WomenShare), t.Share(row.HigherEducationShare), t.Number(row.MedianHourlyPay, 2)] : cells);
        }

        return new Rows(
        [
            table,
            new Text(t.Format("Occupations.Shown", list.Occupations.Count, total)),
            new Text(t.Format("Occupations.Columns", index.Name, index.Scale)),
            .. wide ? Array.Empty<IRenderable>() : [new Text(t.Format("Occupations.Narrow", WideFrom))],
            new Text(t.Format("Occupations.Periods", list.EmploymentPeriod, list.ComparisonPeriod, list.PayPeriod)),
            Footnotes.Note(t["Common.AggregationRule"], list.AggregationRule, t),
            Footnotes.Sources(list.Sources.Where(s => Shown(s, index)), t),
            Footnotes.ExposureIsNotJobLoss(t),
        ]);
    }

    // The list carries the sources of every index (its JSON has all scores); the table shows ILO 2025 and the chosen index.
    private static bool Shown(SourceRef source, ExposureIndexInfo index) =>
        index.SourceIds.Contains(source.Id)
        || ExposureIndexInfo.Of(ExposureIndex.Ilo2025).SourceIds.Contains(source.Id)
        || !ExposureIndexInfo.All.Any(i => i.SourceIds.Contains(source.Id));

    /// <summary>The score shown as "exposure": the headline ILO 2025 mean, or the chosen index's score.</summary>
    public static double? Exposure(OccupationRow row, ExposureIndexInfo index) =>
        index.Index == ExposureIndex.Ilo2025 ? row.Exposure
        : row.Scores.TryGetValue(index.Id, out var score) ? score : null;
}

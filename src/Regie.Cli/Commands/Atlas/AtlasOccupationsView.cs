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
    public static IRenderable Render(OccupationList list, int total, ExposureIndexInfo index, Texts t)
    {
        var table = new Table()
            .AddTextColumn(t["Column.Code"])
            .AddTextColumn(t["Column.OccupationGroup"])
            .AddNumberColumn(t.Format("Column.ExposureOf", index.Name))
            .AddTextColumn(t["Column.DominantClass"])
            .AddNumberColumn(t.Format("Column.EmployedIn", list.EmploymentPeriod))
            .AddNumberColumn(t["Column.Change"])
            .AddNumberColumn(t["Column.Women"])
            .AddNumberColumn(t["Column.HigherEducation"])
            .AddNumberColumn(t["Column.MedianHourlyPay"]);
        foreach (var row in list.Occupations)
        {
            table.AddTextRow(
                row.Code,
                row.Title,
                t.Score(Exposure(row, index)),
                row.DominantClass is { } dominant ? t.ClassLabel(dominant, dominant) : t.Missing,
                t.Count(row.Employed),
                t.Percent(row.ChangePercent),
                t.Share(row.WomenShare),
                t.Share(row.HigherEducationShare),
                t.Euro(row.MedianHourlyPay));
        }

        return new Rows(
        [
            table,
            new Text(t.Format("Occupations.Shown", list.Occupations.Count, total)),
            new Text(t.Format("Occupations.Periods", list.EmploymentPeriod, list.ComparisonPeriod, list.PayPeriod)),
            new Text(t.Format("Common.Scale", index.Name, index.Scale)),
            Footnotes.Note(t["Common.AggregationRule"], list.AggregationRule),
            Footnotes.Sources(list.Sources, t),
            Footnotes.ExposureIsNotJobLoss(t),
        ]);
    }

    /// <summary>The score shown as "exposure": the headline ILO 2025 mean, or the chosen index's score.</summary>
    public static double? Exposure(OccupationRow row, ExposureIndexInfo index) =>
        index.Index == ExposureIndex.Ilo2025 ? row.Exposure
        : row.Scores.TryGetValue(index.Id, out var score) ? score : null;
}

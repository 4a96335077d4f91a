using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The tables of <c>regie atlas sectors</c>.</summary>
internal static class AtlasSectorsView
{
    public static IRenderable Render(SectorList list, Texts t)
    {
        var sectors = new Table().Title(t.Format("Sectors.Title", list.Year))
            .AddTextColumn(t["Column.Section"])
            .AddTextColumn(t["Column.Sector"])
            .AddNumberColumn(t["Column.EmployedThousands"])
            .AddNumberColumn(t["Column.Score"])
            .AddNumberColumn(t["Column.WageWeighted"])
            .AddNumberColumn(t["Column.ExposedShare"])
            .AddNumberColumn(t["Column.SuppressedCells"]);
        foreach (var sector in list.Sectors)
        {
            sectors.AddTextRow(
                sector.Section,
                t.IsDutch ? sector.LabelNl : sector.LabelEn,
                t.Number(sector.EmployedThousands, 0),
                t.Score(sector.Exposure),
                t.Score(sector.WageWeightedExposure),
                t.Share(AtlasLabels.ExposedShare(sector.Ilo2025Classes)),
                t.Count(sector.SuppressedCells));
        }

        var groups = new Table().Title(t["Sectors.MajorGroupsTitle"])
            .AddTextColumn(t["Column.Isco"])
            .AddTextColumn(t["Column.Title"])
            .AddNumberColumn(t["Column.Score"])
            .AddNumberColumn(t["Column.ExposedShare"]);
        foreach (var group in list.MajorGroups)
        {
            groups.AddTextRow(group.Code, group.TitleEn, t.Score(group.Exposure), t.Share(AtlasLabels.ExposedShare(group.Ilo2025Classes)));
        }

        return new Rows(
        [
            sectors,
            new Text(t["Sectors.Columns"]),
            new Text(t.Format("Sectors.Years", string.Join(", ", list.AvailableYears))),
            Footnotes.Gap,
            groups,
            new Text(t["Common.ExposedShareMeans"]),
            Footnotes.Note(t["Common.AggregationRule"], list.AggregationRule, t),
            .. Footnotes.Caveats(list.Caveats, t),
            Footnotes.Sources(list.Sources, t),
            Footnotes.ExposureIsNotJobLoss(t),
        ]);
    }
}

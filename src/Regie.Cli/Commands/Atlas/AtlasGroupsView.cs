using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The tables of <c>regie atlas groups</c>.</summary>
internal static class AtlasGroupsView
{
    public static IRenderable Render(GroupViews views, Texts t) => new Rows(
    [
        Table(t["Groups.PayBands"], views.PayBands, t),
        Footnotes.Note(t["Groups.PayBandRule"], views.PayBandRule, t),
        Footnotes.Gap,
        Table(t["Groups.Sex"], views.Sex, t),
        Footnotes.Gap,
        Table(t["Groups.Education"], views.Education, t),
        new Text(t["Groups.Columns"]),
        new Text(t["Common.ExposedShareMeans"]),
        Footnotes.Note(t["Common.AggregationRule"], views.AggregationRule, t),
        .. Footnotes.Caveats(views.Caveats, t),
        Footnotes.Sources(views.Sources, t),
        Footnotes.ExposureIsNotJobLoss(t),
    ]);

    private static Table Table(string title, IReadOnlyList<GroupExposure> groups, Texts t)
    {
        var table = new Table().Title(title)
            .AddTextColumn(t["Column.Group"])
            .AddNumberColumn(t["Column.Persons"])
            .AddNumberColumn(t["Column.Score"])
            .AddNumberColumn(t["Column.EmploymentCoverage"])
            .AddNumberColumn(t["Column.ExposedShare"])
            .AddNumberColumn(t.ShortClassLabel("gradient-4"));
        foreach (var group in groups)
        {
            var gradient4 = group.Ilo2025Classes.FirstOrDefault(c => c.ClassId == "gradient-4")?.Share;
            table.AddTextRow(
                t.GroupLabel(group),
                t.Count(group.Employed),
                t.Score(group.WeightedMean),
                t.Share(group.EmploymentCoverage),
                t.Share(AtlasLabels.ExposedShare(group.Ilo2025Classes)),
                t.Share(gradient4));
        }

        return table;
    }
}

using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary>The unit-group tables of an occupation group: scores per index, tasks and ESCO occupations.</summary>
internal static class AtlasOccupationTables
{
    public static Table Indices(OccupationDetail detail, Texts t)
    {
        var table = new Table().Title(t["Occupation.IndicesTitle"])
            .AddTextColumn(t["Column.Index"])
            .AddNumberColumn(t["Column.Score"])
            .AddNumberColumn(t["Column.Percentile"])
            .AddTextColumn(t["Column.ScaleShort"]);
        foreach (var index in ExposureIndexInfo.All)
        {
            var score = detail.Occupation.Scores.TryGetValue(index.Id, out var s) ? s : null;
            var percentile = detail.Percentiles.FirstOrDefault(p => p.IndexId == index.Id)?.Percentile;
            table.AddTextRow(index.Name, t.Score(score), t.Number(percentile, 0), index.Scale);
        }

        return table;
    }

    public static Table UnitGroups(IReadOnlyList<UnitGroupDetail> unitGroups, Texts t)
    {
        var table = new Table().Title(t["Occupation.UnitGroupsTitle"])
            .AddTextColumn(t["Column.Isco"])
            .AddTextColumn(t["Column.Title"])
            .AddNumberColumn(t["Column.SkillLevel"])
            .AddTextColumn(t["Column.Ilo2025Class"])
            .AddNumberColumn(t["Column.Sd"])
            .AddNumberColumn(t["Column.Disagreement"])
            .AddNumberColumn(t["Column.Tasks"])
            .AddNumberColumn(t["Column.Esco"]);
        foreach (var unit in unitGroups)
        {
            table.AddTextRow(
                unit.Code + (unit.IsResidual ? "*" : string.Empty),
                Title(unit, t),
                t.Count(unit.SkillLevel),
                t.ShortClassLabel(unit.Ilo2025Class),
                t.Number(unit.Ilo2025Sd, 2),
                t.Number(unit.Disagreement, 0),
                t.Count(unit.Tasks.Count),
                t.Count(unit.EscoOccupations.Count));
        }

        return table;
    }

    public static Table UnitGroupScores(IReadOnlyList<UnitGroupDetail> unitGroups, Texts t)
    {
        var table = new Table().Title(t["Occupation.ScoresTitle"]).AddTextColumn(t["Column.Isco"]);
        foreach (var index in ExposureIndexInfo.All)
        {
            table.AddNumberColumn(index.Name);
        }

        foreach (var unit in unitGroups.Where(u => !u.IsResidual))
        {
            var scores = ExposureIndexInfo.All.Select(i => t.Score(unit.Scores.FirstOrDefault(s => s.IndexId == i.Id)?.Score));
            table.AddTextRow([unit.Code, .. scores]);
        }

        return table;
    }

    public static IEnumerable<IRenderable> TasksAndEsco(UnitGroupDetail unit, Texts t)
    {
        var tasks = new Table().Title(t.Format("Occupation.TasksTitle", unit.Code, Title(unit, t)))
            .AddTextColumn(t["Column.Task"])
            .AddNumberColumn(t["Column.Score2025"])
            .AddNumberColumn(t["Column.Score2023"]);
        foreach (var task in unit.Tasks.OrderByDescending(x => x.Score2025))
        {
            tasks.AddTextRow(task.Text, t.Number(task.Score2025, 2), t.Number(task.Score2023, 2));
        }

        var esco = new Table().Title(t.Format("Occupation.EscoTitle", unit.Code))
            .AddTextColumn(t["Column.Code"]).AddTextColumn(t["Column.LabelNl"]).AddTextColumn(t["Column.LabelEn"]);
        foreach (var occupation in unit.EscoOccupations)
        {
            esco.AddTextRow(occupation.Code, occupation.LabelNl, occupation.LabelEn ?? t.Missing);
        }

        return [tasks, esco];
    }

    private static string Title(UnitGroupDetail unit, Texts t) =>
        t.IsDutch ? unit.TitleNl : unit.TitleEn ?? unit.TitleNl;
}

using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Population;

/// <summary>What the population commands print: the synthesis summary and the full validation report.</summary>
internal static class PopulationViews
{
    public static IRenderable Synthesised(string name, string path, TimeSpan elapsed, SyntheticPopulation population, PopulationReport report, Texts t)
    {
        var info = report.Info;
        var parts = new List<IRenderable>
        {
            new Text(t.Format("Population.Synthesised", t.Count(population.HouseholdCount), t.Count(population.PersonCount), t.Number(elapsed.TotalSeconds, 1), info.Seed), new Style(decoration: Decoration.Bold)),
            Provenance(report, t),
            new Text(t.Format("Population.Saved", path)),
            new Text(t.Format("Population.WithinTolerance", t.Count(report.Rows.Count - report.Failed), t.Count(report.Rows.Count))),
        };
        if (report.Failed > 0)
        {
            parts.Add(RowsTable(t["Population.FailedTitle"], report.Rows.Where(r => !r.Ok), t));
        }

        parts.Add(new Text(t.Format("Population.SeeValidate", name, report.Assumptions.Count)));
        return new Rows(parts);
    }

    public static IRenderable Report(string name, SyntheticPopulation population, PopulationReport report, Texts t)
    {
        var parts = new List<IRenderable>
        {
            new Text(t.Format("Population.Loaded", name, t.Count(population.HouseholdCount), t.Count(population.PersonCount), report.Info.Seed), new Style(decoration: Decoration.Bold)),
            Provenance(report, t),
        };
        if (!report.SameTargets)
        {
            parts.Add(new Text(t.Format("Population.OtherTargets", Short(report.Info.TargetsHash), Short(report.TargetsHash)), new Style(Color.Yellow)));
        }

        parts.Add(new Text(t.Format("Population.WithinTolerance", t.Count(report.Rows.Count - report.Failed), t.Count(report.Rows.Count))));
        foreach (var theme in report.Rows.GroupBy(r => r.Theme))
        {
            parts.Add(RowsTable($"{t.Find("Theme." + theme.Key) ?? theme.Key} — {t["Population.RowsTitle"]}", theme, t));
        }

        parts.Add(AssumptionsList(report.Assumptions, t));
        return new Rows(parts);
    }

    private static IRenderable Provenance(PopulationReport report, Texts t) => new Rows(
        new Text(t.Format("Population.Represents", t.Count((long)Math.Round(report.Households)), t.Count((long)Math.Round(report.Persons)),
            t.Number(report.Info.Households > 0 ? report.Households / report.Info.Households : 0, 2))),
        new Text(t.Format("Population.Hashes", report.Info.Version, Short(report.Info.TargetsHash), Short(report.Info.ContentHash))));

    private static Table RowsTable(string title, IEnumerable<ValidationRow> rows, Texts t)
    {
        var table = new Table().Title(title)
            .AddTextColumn(t["Column.Marginal"]).AddTextColumn(t["Column.Subject"])
            .AddNumberColumn(t["Column.Target"]).AddNumberColumn(t["Column.Synthetic"]).AddNumberColumn(t["Column.Difference"])
            .AddNumberColumn(t["Column.Tolerance"]).AddTextColumn(t["Column.Ok"]).AddTextColumn(t["Column.Source"]);
        string? previous = null;
        foreach (var r in rows)
        {
            // The measure is named once per run of rows, so the subjects stand out.
            table.AddTextRow(
                r.Marginal == previous ? "" : t.Find("Marginal." + r.Marginal) ?? r.Marginal,
                t.Find("Subject." + r.Subject.Replace(' ', '-')) ?? r.Subject,
                Value(r.Target, r.Unit, t),
                Value(r.Synthetic, r.Unit, t),
                r.RelativeDifference is { } relative ? Signed(relative, t) : Value(r.AbsoluteDifference, r.Unit, t),
                Value(r.Tolerance, r.Unit, t),
                r.Ok ? t["Common.Yes"] : t["Common.No"],
                $"{r.Table} {r.Period}");
            previous = r.Marginal;
        }

        return table;
    }

    private static IRenderable AssumptionsList(IReadOnlyList<PopulationAssumption> assumptions, Texts t)
    {
        var parts = new List<IRenderable>
        {
            new Text(t["Population.AssumptionsTitle"], new Style(decoration: Decoration.Bold)),
            new Text(t["Population.AssumptionsNote"], new Style(decoration: Decoration.Italic)),
        };
        foreach (var a in assumptions)
        {
            parts.Add(new Text($"{a.Id} ({t["AssumptionStatus." + a.Status]}): {a.Value}", new Style(decoration: Decoration.Bold)));
            parts.Add(new Padder(new Rows(
                new Text(a.Text),
                new Text($"{t["Column.Why"]}: {a.Why}"),
                new Text($"{t["Column.ReplaceWith"]}: {a.ReplaceWith}")), new Padding(2, 0, 0, 1)));
        }

        return new Rows(parts);
    }

    private static string Value(double value, string unit, Texts t) => unit switch
    {
        "share" => t.Share(value, 2),
        "persons per household" => t.Number(value, 3),
        "euro per hour" => t.Euro(value),
        "euro per year" => "€ " + t.Number(value, 0),
        _ => t.Count((long)Math.Round(value)),
    };

    private static string Signed(double relative, Texts t) =>
        (relative > 0 ? "+" : "") + t.Share(relative, 2);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}

using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Explain;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Scenario;

/// <summary>A household's explanation: members, the scenario chain (the baseline's with --json), and income per year.</summary>
internal static class ScenarioExplainView
{
    public static IRenderable Render(HouseholdExplanation e, Texts t)
    {
        var members = new Table().Title(t.Format("Scenario.Explain.Members", e.Household))
            .AddNumberColumn("#").AddNumberColumn(t["Scenario.Explain.Age"]).AddTextColumn(t["Scenario.Explain.Role"])
            .AddTextColumn(t["Scenario.Explain.Status"]).AddNumberColumn(t["Scenario.Explain.Wage"]).AddNumberColumn(t["Scenario.Explain.Hours"]);
        foreach (var m in e.Members)
            members.AddTextRow(m.Person.ToString(t.Culture), m.Age.ToString(t.Culture), m.Role, m.Status, t.Euro((double)m.MonthlyWage), m.HoursPerWeek.ToString(t.Culture));

        var chain = new Table().Title(t["Scenario.Explain.Chain"])
            .AddNumberColumn(t["Scenario.Explain.When"]).AddTextColumn(t["Scenario.Explain.Step"]).AddTextColumn(t["Scenario.Explain.Law"]);
        foreach (var s in e.Scenario)
        {
            var when = s.Month is { } m ? t.Format("Scenario.Explain.Month", m + 1) : s.Year is { } y ? t.Format("Scenario.Explain.YearN", y + 1) : "";
            chain.AddTextRow(when, s.Text, s.LegalReference);
        }

        var years = new Table().Title(t["Scenario.Explain.Years"])
            .AddNumberColumn(t["Scenario.Year"]).AddNumberColumn(t["Scenario.Baseline"]).AddNumberColumn("Scenario")
            .AddNumberColumn(t["Scenario.Decile"]);
        foreach (var y in e.Years)
        {
            var decile = y.BaselineDecile is { } b ? $"{b} → {y.ScenarioDecile}" : t.Missing;
            years.AddTextRow(y.Year.ToString(t.Culture), t.Euro(y.BaselineStandardised), t.Euro(y.ScenarioStandardised), decile);
        }

        return new Rows(members, chain, years, new Text(t["Scenario.Explain.Note"]));
    }
}

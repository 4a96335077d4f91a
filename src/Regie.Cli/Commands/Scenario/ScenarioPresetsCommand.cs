using System.ComponentModel;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Scenario;

/// <summary><c>regie scenario presets</c>: the shipped scenarios.</summary>
[Description("List the shipped scenarios (data/scenarios): id, name, margin, incidence, share hit, draws.")]
internal sealed class ScenarioPresetsCommand(IScenarioPresets presets, IAnsiConsole console, StandardError errors) : AsyncCommand<LanguageSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LanguageSettings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var t))
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        var list = await presets.ListAsync(cancellationToken);
        if (!list.TryGetValue(out var all))
            return errors.Report(list.Error!);
        var table = new Table().Title(t["Scenario.Presets"])
            .AddColumn(new TableColumn(new Text(t["Scenario.Id"], new Style(decoration: Decoration.Bold))).NoWrap())
            .AddTextColumn(t["Scenario.Name"])
            .AddTextColumn(t["Scenario.Margin"])
            .AddTextColumn(t["Scenario.Incidence"])
            .AddNumberColumn(t["Scenario.Share"])
            .AddNumberColumn(t["Scenario.Draws"]);
        foreach (var s in all.Select(p => p.Spec))
            table.AddTextRow(s.Id, s.Name.For(t.Language), ScenarioNames.Of(s.Margin), ScenarioNames.Of(s.Incidence), t.Share(s.DisplacementShare), s.Draws.ToString(t.Culture));
        console.Write(table);
        return ExitCodes.Ok;
    }
}

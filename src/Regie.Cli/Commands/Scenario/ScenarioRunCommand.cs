using System.ComponentModel;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Lab;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Scenario;

/// <summary><c>regie scenario run FILE|PRESET</c>: runs a scenario with a progress bar and prints its figures and manifest.</summary>
[Description("Run a scenario (a YAML/JSON file or a preset id) against the baseline: employment, WW, bijstand, incomes, inequality, poverty, who pays, with its run manifest.")]
internal sealed class ScenarioRunCommand(ScenarioLab lab, ScenarioSource source, PopulationChoice populations, IAnsiConsole console, StandardError errors)
    : AsyncCommand<ScenarioRunCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "<FILE|PRESET>")]
        [Description("A scenario file (YAML or JSON) or the id of a preset ('regie scenario presets').")]
        public string Scenario { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        var spec = await source.ResolveAsync(settings.Scenario, settings.Draws, settings.Seed, cancellationToken);
        if (!spec.IsSuccess)
            return errors.Report(spec.Error);

        var outcome = await ScenarioProgressBar.RunAsync(console, settings.Json, texts, async bar =>
        {
            var population = await populations.GetAsync(settings, bar.Population, cancellationToken);
            if (!population.TryGetValue(out var pop))
                return population.Error!;
            var inputs = await lab.PrepareAsync(spec.Value, pop, cancellationToken);
            if (!inputs.TryGetValue(out var prepared))
                return inputs.Error!;
            return lab.Run(prepared, bar.Simulation, cancellationToken);
        });
        if (!outcome.TryGetValue(out var result))
            return errors.Report(outcome.Error!);

        if (settings.Json)
            JsonOutput.Write(console.Profile.Out.Writer, result);
        else
            console.Write(ScenarioView.Render(result, texts));
        return ExitCodes.Ok;
    }
}

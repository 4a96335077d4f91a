using System.ComponentModel;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Lab;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Scenario;

/// <summary><c>regie scenario compare A B</c>: two scenarios on the same population and baseline, last year side by side.</summary>
[Description("Run two scenarios on the same population and compare their last year: caseloads, incomes, inequality, poverty, cost (B − A).")]
internal sealed class ScenarioCompareCommand(ScenarioLab lab, ScenarioSource source, PopulationChoice populations, IAnsiConsole console, StandardError errors)
    : AsyncCommand<ScenarioCompareCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "<A>")]
        [Description("First scenario: a file or a preset id.")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("Second scenario: a file or a preset id.")]
        public string B { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        var a = await source.ResolveAsync(settings.A, settings.Draws, settings.Seed, cancellationToken);
        var b = await source.ResolveAsync(settings.B, settings.Draws, settings.Seed, cancellationToken);
        if ((a.Error ?? b.Error) is { } bad)
            return errors.Report(bad);

        var outcome = await ScenarioProgressBar.RunAsync(console, settings.Json, texts, async bar =>
        {
            var population = await populations.GetAsync(settings, bar.Population, cancellationToken);
            if (!population.TryGetValue(out var pop))
                return Result<(ScenarioResult, ScenarioResult)>.Failure(population.Error!);
            var results = new List<ScenarioResult>();
            foreach (var spec in (Monitor.Scenarios.Spec.ScenarioSpec[])[a.Value, b.Value])
            {
                var inputs = await lab.PrepareAsync(spec, pop, cancellationToken);
                if (!inputs.TryGetValue(out var prepared))
                    return Result<(ScenarioResult, ScenarioResult)>.Failure(inputs.Error!);
                var run = lab.Run(prepared, bar.Simulation, cancellationToken);
                if (!run.TryGetValue(out var result))
                    return Result<(ScenarioResult, ScenarioResult)>.Failure(run.Error!);
                results.Add(result);
            }

            return (results[0], results[1]);
        });
        if (!outcome.TryGetValue(out var pair))
            return errors.Report(outcome.Error!);

        if (settings.Json)
            JsonOutput.Write(console.Profile.Out.Writer, new { a = pair.Item1, b = pair.Item2 });
        else
            console.Write(ScenarioCompareView.Render(pair.Item1, pair.Item2, texts));
        return ExitCodes.Ok;
    }
}

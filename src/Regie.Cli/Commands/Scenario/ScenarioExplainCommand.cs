using System.ComponentModel;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Lab;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Scenario;

/// <summary><c>regie scenario explain SCENARIO --household N | --hypothetical FILE</c>: the chain of rules behind one household's income.</summary>
[Description("Explain one household: the chain of events and rules (with legal references) behind its income in the baseline and the scenario.")]
internal sealed class ScenarioExplainCommand(ScenarioLab lab, ScenarioSource source, PopulationChoice populations, IAnsiConsole console, StandardError errors)
    : AsyncCommand<ScenarioExplainCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandArgument(0, "<FILE|PRESET>")]
        [Description("A scenario file or preset id.")]
        public string Scenario { get; init; } = "";

        [CommandOption("--household <N>")]
        [Description("Number of a household in the population (0-based).")]
        public int? Household { get; init; }

        [CommandOption("--hypothetical <FILE>")]
        [Description("A described household (YAML or JSON; see docs/scenario-lab.md) instead of one from the population.")]
        public string? Hypothetical { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        if (settings.Household is null == settings.Hypothetical is null)
            return errors.Report(ValidationError.For("household", "Give either --household N or --hypothetical FILE."));
        var spec = await source.ResolveAsync(settings.Scenario, 1, settings.Seed, cancellationToken);
        if (!spec.TryGetValue(out var scenario))
            return errors.Report(spec.Error!);

        Result<HouseholdExplanation> explanation;
        if (settings.Hypothetical is { } file)
        {
            if (!File.Exists(file))
                return errors.Report($"'{file}' does not exist.", ExitCodes.NotFound);
            var household = HypotheticalReader.Read(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file));
            if (!household.TryGetValue(out var described))
                return errors.Report(household.Error!);
            explanation = await lab.ExplainHypotheticalAsync(scenario, described, cancellationToken);
        }
        else
        {
            explanation = await ScenarioProgressBar.RunAsync(console, settings.Json, texts, async bar =>
            {
                var population = await populations.GetAsync(settings, bar.Population, cancellationToken);
                if (!population.TryGetValue(out var pop))
                    return Result<HouseholdExplanation>.Failure(population.Error!);
                var inputs = await lab.PrepareAsync(scenario, pop, cancellationToken);
                return inputs.TryGetValue(out var prepared)
                    ? HouseholdExplainer.Explain(prepared, settings.Household!.Value)
                    : Result<HouseholdExplanation>.Failure(inputs.Error!);
            });
        }

        if (!explanation.TryGetValue(out var result))
            return errors.Report(explanation.Error!);
        if (settings.Json)
            JsonOutput.Write(console.Profile.Out.Writer, result);
        else
            console.Write(ScenarioExplainView.Render(result, texts));
        return ExitCodes.Ok;
    }
}

using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Data;
using Regie.Data.Files;
using Regie.Data.Population;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Population;

/// <summary><c>regie population synth</c>: makes a synthetic population, saves it and prints the validation summary.</summary>
[Description("Make a synthetic Dutch population calibrated to the shipped CBS marginals, save it in REGIE_HOME/populations and show how well it matches.")]
internal sealed class PopulationSynthCommand(IPopulationTargetsSource targetsSource, IOptions<DataOptions> options, IAnsiConsole console, StandardError errors)
    : AsyncCommand<PopulationSynthCommand.Settings>
{
    public sealed class Settings : PopulationSettings
    {
        [CommandOption("--households <N>")]
        [Description("Household records to make (default: the full Dutch count, about 8.4 million; fewer records carry larger weights).")]
        public int? Households { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the random draws (0 or more); the same seed and size give the same population, byte for byte.")]
        [DefaultValue(0UL)]
        public ulong Seed { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("Name of the population file (letters, digits, '.', '_', '-').")]
        [DefaultValue(PopulationFile.DefaultName)]
        public string Name { get; init; } = PopulationFile.DefaultName;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
        {
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        }

        var synthesis = new SynthesisOptions(settings.Households, settings.Seed);
        if ((synthesis.Validate() ?? PopulationFile.ValidateName(settings.Name)) is { } invalid)
        {
            return errors.Report(invalid);
        }

        PopulationTargets targets;
        try
        {
            targets = await targetsSource.LoadAsync(cancellationToken);
        }
        catch (DataFormatException malformed)
        {
            return errors.Report(malformed.Message, ExitCodes.Validation);
        }

        var started = Stopwatch.GetTimestamp();
        var population = settings.Json
            ? await Task.Run(() => PopulationSynthesizer.Synthesize(targets, synthesis), cancellationToken)
            : await WithProgressAsync(targets, synthesis, texts, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var path = PopulationFile.PathOf(options.Value, settings.Name);
        await PopulationFile.SaveAsync(population, path, cancellationToken);
        var report = PopulationValidation.Report(population, targets);

        if (settings.Json)
        {
            JsonOutput.Write(console.Profile.Out.Writer, PopulationSynthJson.From(settings.Name, path, elapsed, report));
        }
        else
        {
            console.Write(PopulationViews.Synthesised(settings.Name, path, elapsed, population, report, texts));
        }

        return ExitCodes.Ok;
    }

    private Task<SyntheticPopulation> WithProgressAsync(PopulationTargets targets, SynthesisOptions synthesis, Texts texts, CancellationToken cancellationToken) =>
        console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(texts["Population.Progress"], maxValue: 1);
                var result = await Task.Run(() => PopulationSynthesizer.Synthesize(targets, synthesis, new TaskProgress(task)), cancellationToken);
                task.Value(1).StopTask();
                return result;
            });

    /// <summary>Reports arrive on the synthesis thread; ProgressTask is safe to update from there.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value(value);
    }
}

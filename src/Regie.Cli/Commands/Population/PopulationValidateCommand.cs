using System.ComponentModel;
using Microsoft.Extensions.Options;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Data;
using Regie.Data.Files;
using Regie.Data.Population;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Regie.Monitor.Scenarios.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Population;

/// <summary><c>regie population validate [NAME]</c>: every calibrated marginal against its target, and every assumption.</summary>
[Description("Show the validation report of a saved synthetic population: each calibrated marginal against its published target, and every assumption.")]
internal sealed class PopulationValidateCommand(IPopulationTargetsSource targetsSource, IOptions<DataOptions> options, ScenarioLab lab, IAnsiConsole console, StandardError errors)
    : AsyncCommand<PopulationValidateCommand.Settings>
{
    public sealed class Settings : PopulationSettings
    {
        [CommandArgument(0, "[NAME]")]
        [Description("Name of the population (default: default).")]
        public string Name { get; init; } = PopulationFile.DefaultName;

        [CommandOption("--incomes")]
        [Description("Instead of the marginals: run the population's baseline through the engine (tax, WW, bijstand; law of 1 January 2026) and compare incomes, inequality and caseloads with CBS.")]
        public bool Incomes { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
        {
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        }

        if (PopulationFile.ValidateName(settings.Name) is { } invalid)
        {
            return errors.Report(invalid);
        }

        var loaded = await PopulationFile.LoadAsync(PopulationFile.PathOf(options.Value, settings.Name), cancellationToken);
        if (!loaded.TryGetValue(out var population))
        {
            return errors.Report(loaded.Error!); // TryGetValue is false only with an error
        }

        if (settings.Incomes)
        {
            var check = await lab.CheckBaselineAsync(population, ScenarioDefaults.LawDate, cancellationToken);
            if (!check.TryGetValue(out var rows))
                return errors.Report(check.Error!);
            if (settings.Json)
                JsonOutput.Write(console.Profile.Out.Writer, rows);
            else
                console.Write(BaselineCheckView.Render(rows, texts));
            return ExitCodes.Ok;
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

        var report = PopulationValidation.Report(population, targets);
        if (settings.Json)
        {
            JsonOutput.Write(console.Profile.Out.Writer, report);
        }
        else
        {
            console.Write(PopulationViews.Report(settings.Name, population, report, texts));
        }

        return ExitCodes.Ok;
    }
}

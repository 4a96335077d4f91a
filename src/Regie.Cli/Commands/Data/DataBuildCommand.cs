using System.ComponentModel;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Data.Build;
using Regie.Data.Files;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Data;

/// <summary><c>regie data build</c>: builds the analytical store from the shipped data, with progress.</summary>
[Description("Build the analytical store from the shipped data folder. Does nothing when the store is up to date with the data (content hash).")]
internal sealed class DataBuildCommand(IDataBuilder builder, IAnsiConsole console, StandardError errors) : AsyncCommand<DataBuildCommand.Settings>
{
    public sealed class Settings : LanguageSettings
    {
        [CommandOption("-f|--force")]
        [Description("Rebuild even when the store is up to date.")]
        public bool Force { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Texts.TryCreate(settings.Language, out var texts))
        {
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        }

        BuildResult result;
        try
        {
            result = await console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var steps = new BuildSteps(progress);
                    var built = await builder.BuildAsync(settings.Force, steps, cancellationToken);
                    steps.Complete();
                    return built;
                });
        }
        catch (DataFormatException malformed)
        {
            // Names the file, row and column (DESIGN §4); the old store, if any, is left as it was.
            return errors.Report(malformed.Message, ExitCodes.Validation);
        }

        console.Write(DataBuildView.Render(result, texts));
        return ExitCodes.Ok;
    }
}

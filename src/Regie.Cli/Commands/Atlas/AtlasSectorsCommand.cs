using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas sectors</c>: NACE sections through Eurostat's sector × occupation matrix.</summary>
[Description("Exposure of NACE sections through Eurostat's sector × occupation matrix (ISCO major groups).")]
internal sealed class AtlasSectorsCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasSectorsCommand.Settings>
{
    public sealed class Settings : AtlasSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Year of the Eurostat matrix (default: the latest year with data).")]
        public int? Year { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = await atlas.GetSectorsAsync(settings.Year, cancellationToken);
        return output.Show(settings, result, AtlasSectorsView.Render);
    }
}

using System.ComponentModel;
using System.Globalization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
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
        public string? Year { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Parsed here rather than by Spectre, so bad input gets a sentence instead of a .NET type name.
        if (settings.Year is { } text && !(text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            Result<SectorList> invalid = ValidationError.For("year", $"'{text}' is not a year. Use four digits, e.g. 2024.");
            return output.Show(settings, invalid, AtlasSectorsView.Render);
        }

        var year = settings.Year is null ? (int?)null : int.Parse(settings.Year, CultureInfo.InvariantCulture);
        var result = await atlas.GetSectorsAsync(year, cancellationToken);
        return output.Show(settings, result, AtlasSectorsView.Render);
    }
}

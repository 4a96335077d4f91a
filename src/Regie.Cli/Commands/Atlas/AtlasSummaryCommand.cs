using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas summary</c>: the national exposure summary.</summary>
[Description("National summary: share of employment in each ILO 2025 exposure gradient and the weighted mean of every index.")]
internal sealed class AtlasSummaryCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasSummaryCommand.Settings>
{
    public sealed class Settings : AtlasSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var summary = await atlas.GetSummaryAsync(cancellationToken);
        return output.Show(settings, summary, AtlasSummaryView.Render);
    }
}

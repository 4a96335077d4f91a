using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas indices</c>: the index comparison.</summary>
[Description("The exposure indices side by side: what each measures, coverage, rank correlations and the largest disagreements.")]
internal sealed class AtlasIndicesCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasIndicesCommand.Settings>
{
    public sealed class Settings : AtlasSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var comparison = await atlas.GetIndexComparisonAsync(cancellationToken);
        return output.Show(settings, comparison, AtlasIndicesView.Render);
    }
}

using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas groups</c>: exposure by pay band, sex and education.</summary>
[Description("Exposure by pay band, by women and men, and by education level.")]
internal sealed class AtlasGroupsCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasGroupsCommand.Settings>
{
    public sealed class Settings : AtlasSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var groups = await atlas.GetGroupsAsync(cancellationToken);
        return output.Show(settings, groups, AtlasGroupsView.Render);
    }
}

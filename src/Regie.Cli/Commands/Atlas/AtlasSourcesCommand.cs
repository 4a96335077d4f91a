using System.ComponentModel;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Provenance;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas sources</c>: every shipped source with licence and attribution.</summary>
[Description("Every shipped data source with publisher, period, licence and the attribution to print with its figures.")]
internal sealed class AtlasSourcesCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasSourcesCommand.Settings>
{
    public sealed class Settings : AtlasSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sources = await atlas.GetSourcesAsync(cancellationToken);
        var disclaimers = await atlas.GetDisclaimersAsync(cancellationToken);
        return settings.Json
            ? output.Show(settings, sources, (_, _) => Text.Empty)
            : output.Show(settings, (sources, disclaimers), Render);
    }

    private static IRenderable Render((IReadOnlyList<SourceInfo> Sources, IReadOnlyDictionary<string, string> Disclaimers) catalogue, Texts t)
    {
        var (sources, disclaimers) = catalogue;
        var table = new Table().Title(t["Sources.Title"])
            .AddTextColumn(t["Column.Id"])
            .AddTextColumn(t["Column.Source"])
            .AddTextColumn(t["Column.Period"])
            .AddTextColumn(t["Column.Licence"]);
        foreach (var source in sources)
        {
            table.AddTextRow(source.Id, $"{source.Publisher}: {source.Title} ({source.Table})", source.Period ?? t.Missing, source.Licence);
        }

        var attributions = sources.Select(s => new Text($"{s.Id}: {s.Attribution}{(s.Url is null ? string.Empty : " " + s.Url)}"));
        var notices = new[] { "iloAdaptation", t.IsDutch ? "iloTranslationNl" : null }
            .Where(id => id is not null && disclaimers.ContainsKey(id))
            .Select(id => new Text(disclaimers[id!])); // Filtered on not null just above.
        return new Rows([
            table,
            new Text(t["Sources.Attributions"], new Style(decoration: Decoration.Bold)), .. attributions,
            new Text(t["Sources.Disclaimers"], new Style(decoration: Decoration.Bold)), .. notices]);
    }
}

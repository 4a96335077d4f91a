using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Core.Exposure;
using Regie.Core.Results;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas occupations</c>: every BRC 2014 occupation group, filtered and sorted.</summary>
[Description("Every BRC 2014 occupation group CBS publishes, with exposure, employment, composition and pay.")]
internal sealed class AtlasOccupationsCommand(IExposureAtlas atlas, AtlasOutput output, IAnsiConsole console) : AsyncCommand<AtlasOccupationsCommand.Settings>
{
    public sealed class Settings : AtlasSettings
    {
        [CommandOption("--index <ID>")]
        [Description("Index shown and sorted as \"exposure\": ilo-2025 (default), ilo-2023, aioe, lm-aioe, eloundou-beta, microsoft, anthropic.")]
        public string? Index { get; init; }

        [CommandOption("-s|--search <TEXT>")]
        [Description("Only groups whose code, title, segment or unit group title contains this text (case and accents ignored).")]
        public string? Search { get; init; }

        [CommandOption("--class <CLASS>")]
        [Description("Only groups whose dominant ILO 2025 class is this: not-exposed, minimal, gradient-1 … gradient-4.")]
        public string? Class { get; init; }

        [CommandOption("--brc-class <CODE>")]
        [Description("Only groups in this BRC 2014 class (two digits, e.g. 08).")]
        public string? BrcClass { get; init; }

        [CommandOption("--sort <KEY>")]
        [Description("Sort key: exposure (default), code, title, employed, change, women, higher-education, pay.")]
        public string? Sort { get; init; }

        [CommandOption("--asc")]
        [Description("Sort ascending (default: descending).")]
        public bool Ascending { get; init; }

        [CommandOption("--top <N>")]
        [Description("Show only the first N groups after sorting.")]
        public int? Top { get; init; }

        public OccupationQuery ToQuery() => new(Search, Class, BrcClass, Sort, !Ascending, Index);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Top is < 1)
        {
            return output.Reject(ValidationError.For("top", $"--top must be at least 1, not {settings.Top}."));
        }

        var result = await atlas.GetOccupationsAsync(settings.ToQuery(), cancellationToken);
        if (!result.IsSuccess)
        {
            return output.Reject(result.Error);
        }

        var all = result.Value;
        var index = ExposureIndexInfo.TryFind(settings.Index, out var found) ? found : ExposureIndexInfo.Of(ExposureIndex.Ilo2025);
        return output.Show(settings, Limit(all, settings.Top), (shown, texts) =>
            AtlasOccupationsView.Render(shown, all.Occupations.Count, index, console.Profile.Width, texts));
    }

    private static OccupationList Limit(OccupationList list, int? top) =>
        top is { } n ? list with { Occupations = [.. list.Occupations.Take(n)] } : list;
}

using Regie.Cli.Localization;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Rendering;

/// <summary>The lines under a table: where the figures come from, how they were aggregated, and what they do not mean.</summary>
internal static class Footnotes
{
    /// <summary>
    /// "Bron: …" / "Bronnen:" with one line per source, built from the view's sources (DESIGN §4: every figure
    /// carries its provenance). Labels that already start with "Bron:" or "Source:" lose that prefix.
    /// </summary>
    public static IRenderable Sources(IEnumerable<SourceRef> sources, Texts texts)
    {
        var labels = sources.Select(s => WithoutPrefix(s.Label)).Distinct(StringComparer.Ordinal).ToList();
        return labels.Count == 1
            ? new Text($"{texts["Common.Source"]}: {labels[0]}")
            : new Rows([new Text($"{texts["Common.Sources"]}:"), .. labels.Select(l => new Text($"• {l}"))]);
    }

    /// <summary>Shown wherever an exposure figure is: exposure describes task overlap, not employment change.</summary>
    public static IRenderable ExposureIsNotJobLoss(Texts texts) =>
        new Text(texts["Common.ExposureIsNotJobLoss"], new Style(decoration: Decoration.Bold));

    /// <summary>A labelled paragraph from the atlas (e.g. the aggregation rule), translated.</summary>
    public static IRenderable Note(string label, string english, Texts texts) => new Text($"{label}: {texts.Translate(english)}");

    /// <summary>The view's caveats, translated; "exposure is not job loss" is left to <see cref="ExposureIsNotJobLoss"/>.</summary>
    public static IEnumerable<IRenderable> Caveats(IEnumerable<string> caveats, Texts texts) =>
        caveats.Where(c => !c.StartsWith("Exposure is not job loss", StringComparison.Ordinal))
            .Select(c => new Text($"• {texts.Translate(c)}"));

    private static string WithoutPrefix(string label)
    {
        foreach (var prefix in (string[])["Bron: ", "Source: "])
        {
            if (label.StartsWith(prefix, StringComparison.Ordinal))
            {
                return label[prefix.Length..];
            }
        }

        return label;
    }

    /// <summary>An empty line between blocks.</summary>
    public static IRenderable Gap { get; } = new Text(string.Empty);
}

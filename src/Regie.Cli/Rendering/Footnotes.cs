using Regie.Cli.Localization;
using Regie.Monitor.Atlas;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Rendering;

/// <summary>The lines under a table: where the figures come from, how they were aggregated, and what they do not mean.</summary>
internal static class Footnotes
{
    /// <summary>"Bron: …" / "Source: …", built from the view's sources (DESIGN §4: every figure carries its provenance).</summary>
    public static IRenderable Sources(IEnumerable<SourceRef> sources, Texts texts) =>
        new Text($"{texts["Common.Source"]}: {string.Join("; ", sources.Select(s => s.Label))}");

    /// <summary>Shown wherever an exposure figure is: exposure describes task overlap, not employment change.</summary>
    public static IRenderable ExposureIsNotJobLoss(Texts texts) =>
        new Text(texts["Common.ExposureIsNotJobLoss"], new Style(decoration: Decoration.Bold));

    /// <summary>A labelled paragraph, e.g. the aggregation rule.</summary>
    public static IRenderable Note(string label, string text) => new Text($"{label}: {text}");

    /// <summary>The view's caveats as a bullet list (in the source's English; they are part of the data).</summary>
    public static IEnumerable<IRenderable> Caveats(IEnumerable<string> caveats) =>
        caveats.Select(c => new Text($"• {c}"));

    /// <summary>An empty line between blocks.</summary>
    public static IRenderable Gap { get; } = new Text(string.Empty);
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Components.Charts;

/// <summary>
/// A Vega-Lite 6 specification built on the server (ADR 0003). Data are inlined (no fetch at run time),
/// numbers are invariant JSON, labels are already in the UI language; charts.js applies the number locale.
/// </summary>
public sealed class VegaLiteSpec
{
    private readonly JsonObject _spec;

    private VegaLiteSpec(string description, JsonArray values, JsonNode? mark, JsonObject encoding, int height)
    {
        Description = description;
        _spec = new JsonObject
        {
            ["$schema"] = "https://vega.github.io/schema/vega-lite/v6.json",
            ["description"] = description,
            ["width"] = "container",
            ["height"] = height,
            ["data"] = new JsonObject { ["values"] = values },
            ["encoding"] = encoding,
            ["config"] = ChartTheme.Config(),
        };
        if (mark is not null)
        {
            _spec["mark"] = mark;
        }
    }

    /// <summary>The chart's text description; Vega puts it on the SVG as its accessible name.</summary>
    public string Description { get; }

    public static VegaLiteSpec Create(string description, JsonArray values, JsonNode mark, JsonObject encoding, int height = 300) =>
        new(description, values, mark, encoding, height);

    /// <summary>A layered chart: shared data and encoding, one mark per layer.</summary>
    public static VegaLiteSpec Layered(string description, JsonArray values, JsonObject encoding, IEnumerable<JsonObject> layers, int height = 300) =>
        new VegaLiteSpec(description, values, null, encoding, height).With("layer", Layers(layers));

    private static JsonArray Layers(IEnumerable<JsonObject> layers) => [.. layers];

    /// <summary>Adds or replaces a top-level property (e.g. "transform", "layer").</summary>
    public VegaLiteSpec With(string property, JsonNode value)
    {
        _spec[property] = value;
        return this;
    }

    public string ToJson() => _spec.ToJsonString(Options);

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
}

using System.Text.Json.Nodes;

namespace Regie.Web.Components.Charts;

/// <summary>Vega-Lite encoding channels, so chart code reads as what it shows.</summary>
internal static class Channel
{
    public static JsonObject Quantitative(string field, string title, string format, JsonObject? scale = null) =>
        Field(field, "quantitative", title, format, scale);

    public static JsonObject Nominal(string field, string title, JsonArray? sort = null, JsonObject? scale = null)
    {
        var channel = Field(field, "nominal", title, null, scale);
        if (sort is not null)
        {
            channel["sort"] = sort;
        }

        return channel;
    }

    /// <summary>An ordinal class channel with a fixed order and colours (light = least exposed).</summary>
    public static JsonObject OrderedColour(string field, string title, IReadOnlyList<string> order, IReadOnlyList<string> colours) =>
        new()
        {
            ["field"] = field,
            ["type"] = "ordinal",
            ["title"] = title,
            ["sort"] = Array(order),
            ["scale"] = new JsonObject { ["domain"] = Array(order), ["range"] = Array(colours) },
            ["legend"] = new JsonObject { ["orient"] = "bottom", ["columns"] = 3 },
        };

    public static JsonArray Tooltip(params JsonObject[] fields) => [.. fields];

    public static JsonArray Array(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)JsonValue.Create(i))];

    private static JsonObject Field(string field, string type, string title, string? format, JsonObject? scale)
    {
        var channel = new JsonObject { ["field"] = field, ["type"] = type, ["title"] = title };
        if (format is not null)
        {
            channel["format"] = format;
            channel["axis"] = new JsonObject { ["format"] = format };
        }

        if (scale is not null)
        {
            channel["scale"] = scale;
        }

        return channel;
    }
}

using System.Text.Json.Nodes;

namespace Regie.Web.Components.Charts;

/// <summary>One point of a line over time: its series, baseline or scenario, the value and, for the scenario, the p5–p95 band across draws.</summary>
public sealed record TimePoint(int Year, string Series, string Variant, double Value, double? Low = null, double? High = null);

/// <summary>One bar segment of a stacked bar per year.</summary>
public sealed record YearPart(int Year, string Part, double Value);

/// <summary>The scenario lab's charts, built from the same rows as the tables beside them.</summary>
internal static class ScenarioCharts
{
    /// <summary>Vertical bars per baseline decile (1 = lowest incomes).</summary>
    public static VegaLiteSpec Deciles(string description, IEnumerable<(int Decile, double Value)> rows, string decileTitle, string valueTitle, string format)
    {
        JsonArray values = [.. rows.Select(r => (JsonNode)new JsonObject { ["decile"] = r.Decile, ["value"] = r.Value })];
        var encoding = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "decile", ["type"] = "ordinal", ["title"] = decileTitle, ["axis"] = new JsonObject { ["labelAngle"] = 0 } },
            ["y"] = Channel.Quantitative("value", valueTitle, format),
        };
        return VegaLiteSpec.Create(description, values, new JsonObject { ["type"] = "bar", ["cornerRadiusEnd"] = 2 }, encoding, height: 260);
    }

    /// <summary>
    /// Lines over the years, baseline dashed and scenario solid (so the two differ without colour; the page says so in
    /// words), one colour per series, with the scenario's p5–p95 band across draws as a shaded area where there is one.
    /// </summary>
    public static VegaLiteSpec OverTime(string description, IReadOnlyList<TimePoint> points, string valueTitle, string format, string variantTitle, string seriesTitle)
    {
        JsonArray values = [.. points.Select(p => (JsonNode)new JsonObject
        {
            ["year"] = p.Year,
            ["series"] = p.Series,
            ["variant"] = p.Variant,
            ["value"] = p.Value,
            ["low"] = p.Low,
            ["high"] = p.High,
        })];
        var series = points.Select(p => p.Series).Distinct().ToList();
        var variants = points.Select(p => p.Variant).Distinct().ToList(); // baseline first, as ResultSeries yields them
        var colour = new JsonObject
        {
            ["field"] = "series",
            ["type"] = "nominal",
            ["title"] = seriesTitle,
            ["scale"] = new JsonObject { ["range"] = Channel.Array(ChartTheme.Series.Take(Math.Max(1, series.Count))) },
            ["legend"] = series.Count > 1 ? new JsonObject { ["orient"] = "bottom", ["symbolOpacity"] = 1 } : null,
        };
        var x = new JsonObject { ["field"] = "year", ["type"] = "ordinal", ["title"] = null, ["axis"] = new JsonObject { ["labelAngle"] = 0 } };
        var band = new JsonObject
        {
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = new JsonObject { ["field"] = "low", ["valid"] = true } }),
            ["mark"] = new JsonObject { ["type"] = "area", ["opacity"] = 0.2 },
            ["encoding"] = new JsonObject
            {
                ["x"] = x.DeepClone(),
                ["y"] = Channel.Quantitative("low", valueTitle, format),
                ["y2"] = new JsonObject { ["field"] = "high" },
                ["color"] = colour.DeepClone(),
            },
        };
        var line = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["point"] = true, ["strokeWidth"] = 2 },
            ["encoding"] = new JsonObject
            {
                ["x"] = x,
                ["y"] = Channel.Quantitative("value", valueTitle, format, new JsonObject { ["zero"] = false }),
                ["color"] = colour,
                ["strokeDash"] = new JsonObject
                {
                    ["field"] = "variant",
                    ["type"] = "nominal",
                    ["title"] = variantTitle,
                    // The baseline dashed, the scenario solid. Vega-Lite draws a line-with-points legend as dots, which
                    // would not show the dash, so the page says it in words instead of a legend.
                    ["scale"] = new JsonObject
                    {
                        ["domain"] = Channel.Array(variants),
                        ["range"] = new JsonArray(new JsonArray(6, 4), new JsonArray(1, 0)),
                    },
                    ["legend"] = null,
                },
                ["detail"] = new JsonObject { ["field"] = "variant", ["type"] = "nominal" },
            },
        };
        return VegaLiteSpec.Layered(description, values, new JsonObject(), [band, line], height: 280);
    }

    /// <summary>Stacked bars per year, one segment per part; negative parts stack below zero.</summary>
    public static VegaLiteSpec StackedByYear(string description, IReadOnlyList<YearPart> parts, IReadOnlyList<string> order, string valueTitle, string format, string partTitle)
    {
        JsonArray values = [.. parts.Select(p => (JsonNode)new JsonObject { ["year"] = p.Year, ["part"] = p.Part, ["value"] = p.Value, ["order"] = order.ToList().IndexOf(p.Part) })];
        var encoding = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "year", ["type"] = "ordinal", ["title"] = null, ["axis"] = new JsonObject { ["labelAngle"] = 0 } },
            ["y"] = Channel.Quantitative("value", valueTitle, format),
            ["color"] = Channel.OrderedColour("part", partTitle, order, ChartTheme.Series.Take(order.Count).ToList()),
            ["order"] = new JsonObject { ["field"] = "order", ["type"] = "quantitative" },
        };
        encoding["color"]!["legend"] = new JsonObject { ["orient"] = "bottom", ["columns"] = 2 };
        return VegaLiteSpec.Create(description, values, new JsonObject { ["type"] = "bar" }, encoding, height: 300);
    }
}

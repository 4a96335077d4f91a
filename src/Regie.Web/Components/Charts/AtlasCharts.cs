using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Regie.Monitor.Atlas;
using Regie.Web.Localization;

namespace Regie.Web.Components.Charts;

/// <summary>The atlas's charts, built from the same DTOs as the tables beside them.</summary>
internal static class AtlasCharts
{
    /// <summary>Horizontal bars: share of employment in each class, least exposed first.</summary>
    public static VegaLiteSpec ClassShares(IStringLocalizer l, IReadOnlyList<ClassShare> classes, string description)
    {
        JsonArray values = [.. classes.Select((c, i) => (JsonNode)new JsonObject
        {
            ["order"] = i,
            ["label"] = l.ClassLabel(c.ClassId, c.Label),
            ["share"] = c.Share,
            ["persons"] = c.Persons,
        })];
        var order = classes.Select(c => l.ClassLabel(c.ClassId, c.Label)).ToList();
        var encoding = new JsonObject
        {
            ["y"] = Channel.Nominal("label", l["ChartClass"], Channel.Array(order)),
            ["x"] = Channel.Quantitative("share", l["ChartShareOfEmployment"], ".0%"),
            ["color"] = Channel.OrderedColour("label", l["ChartClass"], order, ChartTheme.SixClasses.TakeLast(order.Count).ToList()),
        };
        encoding["color"]!["legend"] = null; // the y axis already names each bar
        return VegaLiteSpec.Create(description, values, Bar(), encoding, height: 40 * classes.Count + 40);
    }

    /// <summary>Horizontal bars of a value per labelled row, in the given order.</summary>
    public static VegaLiteSpec Bars(string description, IEnumerable<(string Label, double? Value)> rows, string labelTitle, string valueTitle, string format)
    {
        var list = rows.Where(r => r.Value is not null).ToList();
        JsonArray values = [.. list.Select(r => (JsonNode)new JsonObject { ["label"] = r.Label, ["value"] = r.Value })];
        var encoding = new JsonObject
        {
            ["y"] = Channel.Nominal("label", labelTitle, Channel.Array(list.Select(r => r.Label))),
            ["x"] = Channel.Quantitative("value", valueTitle, format),
        };
        return VegaLiteSpec.Create(description, values, Bar(), encoding, height: Math.Max(80, 24 * list.Count + 40));
    }

    /// <summary>Stacked 100 % bars: class composition of each row (sectors, groups).</summary>
    public static VegaLiteSpec StackedClasses(IStringLocalizer l, string description, IEnumerable<(string Label, IReadOnlyList<ClassShare> Classes)> rows, string labelTitle)
    {
        var list = rows.ToList();
        var classOrder = list.SelectMany(r => r.Classes).Select(c => (c.ClassId, Label: l.ClassLabel(c.ClassId, c.Label)))
            .Distinct().Select(c => c.Label).ToList();
        JsonArray values = [.. list.SelectMany(r => r.Classes.Select((c, i) => (JsonNode)new JsonObject
        {
            ["label"] = r.Label,
            ["class"] = l.ClassLabel(c.ClassId, c.Label),
            ["order"] = i,
            ["share"] = c.Share,
        }))];
        var encoding = new JsonObject
        {
            ["y"] = Channel.Nominal("label", labelTitle, Channel.Array(list.Select(r => r.Label))),
            ["x"] = Channel.Quantitative("share", l["ChartShareOfEmployment"], ".0%", new JsonObject { ["domain"] = new JsonArray(0, 1) }),
            ["color"] = Channel.OrderedColour("class", l["ChartClass"], classOrder, ChartTheme.SixClasses.TakeLast(classOrder.Count).ToList()),
            ["order"] = new JsonObject { ["field"] = "order", ["type"] = "quantitative" },
        };
        encoding["x"]!["stack"] = "zero";
        return VegaLiteSpec.Create(description, values, Bar(), encoding, height: Math.Max(80, 26 * list.Count + 40));
    }

    /// <summary>Scatter of exposure against employment, one point per occupation group.</summary>
    public static VegaLiteSpec ExposureVersusEmployment(IStringLocalizer l, string description, IEnumerable<OccupationRow> rows, Func<OccupationRow, double?> exposure, string exposureTitle)
    {
        JsonArray values = [.. rows.Where(r => exposure(r) is not null && r.Employed is not null)
            .Select(r => (JsonNode)new JsonObject { ["title"] = $"{r.Code} {r.Title}", ["exposure"] = exposure(r), ["employed"] = r.Employed })];
        var encoding = new JsonObject
        {
            ["x"] = Channel.Quantitative("exposure", exposureTitle, ".2f", new JsonObject { ["zero"] = false }),
            ["y"] = Channel.Quantitative("employed", l["ChartEmployed"], ",.0f"),
        };
        var mark = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 0.75, ["size"] = 60 };
        return VegaLiteSpec.Create(description, values, mark, encoding, height: 360);
    }

    /// <summary>Heat map of Spearman's rho between every pair of indices at one level.</summary>
    public static VegaLiteSpec CorrelationMatrix(IStringLocalizer l, string description, IEnumerable<RankCorrelation> correlations)
    {
        var list = correlations.Where(c => c.Rho is not null).ToList();
        JsonArray values = [.. list.SelectMany(c => new[]
        {
            (JsonNode)new JsonObject { ["a"] = AtlasLabels.IndexName(c.IndexA), ["b"] = AtlasLabels.IndexName(c.IndexB), ["rho"] = c.Rho },
            new JsonObject { ["a"] = AtlasLabels.IndexName(c.IndexB), ["b"] = AtlasLabels.IndexName(c.IndexA), ["rho"] = c.Rho },
        })];
        var rect = new JsonObject
        {
            ["mark"] = "rect",
            ["encoding"] = new JsonObject
            {
                ["color"] = new JsonObject
                {
                    ["field"] = "rho", ["type"] = "quantitative", ["title"] = "ρ",
                    ["scale"] = new JsonObject { ["domain"] = new JsonArray(-1, 0, 1), ["range"] = Channel.Array(ChartTheme.Diverging) },
                },
            },
        };
        var text = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = 12 },
            ["encoding"] = new JsonObject
            {
                ["text"] = new JsonObject { ["field"] = "rho", ["type"] = "quantitative", ["format"] = ".2f" },
                ["color"] = new JsonObject
                {
                    ["condition"] = new JsonObject { ["test"] = "abs(datum.rho) > 0.6", ["value"] = "#ffffff" },
                    ["value"] = "#1a1a1a",
                },
            },
        };
        var encoding = new JsonObject
        {
            ["x"] = Channel.Nominal("a", l["ChartIndex"]),
            ["y"] = Channel.Nominal("b", l["ChartIndex"]),
        };
        return VegaLiteSpec.Layered(description, values, encoding, [rect, text], height: 320);
    }

    private static JsonObject Bar() => new() { ["type"] = "bar", ["cornerRadiusEnd"] = 2 };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Regie.Web.Components.Charts;
using Regie.Workplace.Oversight;

namespace Regie.Web.Components.Pages.Workplace.Oversight;

/// <summary>The oversight dashboard's chart, built from the same rows as the table beside it.</summary>
internal static class OversightCharts
{
    /// <summary>Stacked bars: cases per week, one colour per handling in the fixed order of <see cref="OversightEventKind"/>.</summary>
    public static VegaLiteSpec Volume(string description, IReadOnlyList<WeekVolume> weeks, Func<OversightEventKind, string> kindName, string weekTitle, string casesTitle, string kindTitle)
    {
        var order = Enum.GetValues<OversightEventKind>().Select(kindName).ToList();
        JsonArray values = [.. weeks.Select(w => (JsonNode)new JsonObject
        {
            ["week"] = w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["kind"] = kindName(w.Kind),
            ["order"] = (int)w.Kind,
            ["cases"] = w.Cases,
        })];
        var encoding = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "week", ["type"] = "ordinal", ["title"] = weekTitle, ["axis"] = new JsonObject { ["labelAngle"] = -45 } },
            ["y"] = Channel.Quantitative("cases", casesTitle, ",.0f"),
            ["color"] = Channel.OrderedColour("kind", kindTitle, order, [.. ChartTheme.Series.Take(order.Count)]),
            ["order"] = new JsonObject { ["field"] = "order", ["type"] = "quantitative" },
            ["tooltip"] = Channel.Tooltip(
                new JsonObject { ["field"] = "week", ["type"] = "ordinal", ["title"] = weekTitle },
                new JsonObject { ["field"] = "kind", ["type"] = "nominal", ["title"] = kindTitle },
                new JsonObject { ["field"] = "cases", ["type"] = "quantitative", ["title"] = casesTitle }),
        };
        return VegaLiteSpec.Create(description, values, new JsonObject { ["type"] = "bar" }, encoding, height: 260);
    }
}

using System.Text.Json.Nodes;

namespace Regie.Web.Components.Charts;

/// <summary>Chart styling that matches the Utrecht theme: its font and a colour-blind-safe blue ramp.</summary>
internal static class ChartTheme
{
    public const string Font = "Noto Sans Variable, Arial, sans-serif";

    /// <summary>Main bar colour (Utrecht primary blue family, contrast ≥ 3:1 on white).</summary>
    public const string Bar = "#24578f";

    /// <summary>Six ordered colours from least to most exposed (ILO 2025 classes).</summary>
    public static IReadOnlyList<string> SixClasses { get; } =
        ["#d4d4d4", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];

    /// <summary>Distinct colours for a few series or parts (Okabe–Ito, colour-blind safe; the first four have a contrast of at least 3:1 on white).</summary>
    public static IReadOnlyList<string> Series { get; } = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];

    /// <summary>Diverging ramp for correlations, −1 … 1.</summary>
    public static IReadOnlyList<string> Diverging { get; } = ["#b2182b", "#f7f7f7", "#2166ac"];

    public static JsonObject Config() => new()
    {
        ["font"] = Font,
        ["background"] = "transparent",
        ["view"] = new JsonObject { ["stroke"] = null },
        ["axis"] = new JsonObject { ["labelFontSize"] = 12, ["titleFontSize"] = 13, ["labelColor"] = "#1a1a1a", ["titleColor"] = "#1a1a1a", ["labelLimit"] = 260 },
        ["axisQuantitative"] = new JsonObject { ["tickCount"] = 6 },
        ["legend"] = new JsonObject { ["labelFontSize"] = 12, ["titleFontSize"] = 13, ["labelLimit"] = 260 },
        ["bar"] = new JsonObject { ["color"] = Bar },
        ["point"] = new JsonObject { ["color"] = Bar, ["filled"] = true },
    };
}

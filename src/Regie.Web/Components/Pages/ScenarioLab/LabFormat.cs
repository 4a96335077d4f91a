using System.Globalization;
using Regie.Web.Components.Shared;

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>The lab's numbers in the UI culture: persons and euros rounded, changes signed, shares as percentages.</summary>
internal static class LabFormat
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>A share as a percentage, e.g. 7,0%.</summary>
    public static string Percent(double? share, int decimals = 1) => Format.Share(share, decimals);

    /// <summary>A change of a share in percentage points, signed, e.g. +0,12 pp.</summary>
    public static string Points(double change, int decimals = 2) => Signed(change * 100, "N" + decimals) + " pp";

    /// <summary>A signed change of a share, as a percentage, e.g. −2,5%.</summary>
    public static string SignedPercent(double? change, int decimals = 1) =>
        change is { } c ? (c > 0 ? "+" : "") + c.ToString("P" + decimals, Culture) : Format.Missing;

    /// <summary>A weighted count of persons or households, rounded, e.g. 412.300.</summary>
    public static string Count(double value) => Math.Round(value).ToString("N0", Culture);

    /// <summary>A signed count, e.g. +12.300.</summary>
    public static string SignedCount(double value) => Signed(Math.Round(value), "N0");

    /// <summary>Euros rounded to whole euros, e.g. € 31.250.</summary>
    public static string Euros(double value) => "€ " + value.ToString("N0", Culture);

    /// <summary>A signed change in euros, e.g. −€ 420.</summary>
    public static string SignedEuros(double value) => (value > 0 ? "+" : value < 0 ? "−" : "") + "€ " + Math.Abs(value).ToString("N0", Culture);

    /// <summary>Euros in millions, signed, e.g. +€ 1.234,5 mln.</summary>
    public static string Millions(double value) => (value > 0 ? "+" : value < 0 ? "−" : "") + "€ " + Math.Abs(value / 1e6).ToString("N1", Culture) + " mln";

    /// <summary>A number with a fixed number of decimals, e.g. a Gini of 0,2871.</summary>
    public static string Number(double value, int decimals) => value.ToString("N" + decimals, Culture);

    public static string SignedNumber(double value, int decimals) => Signed(value, "N" + decimals);

    private static string Signed(double value, string format) =>
        (value > 0 ? "+" : value < 0 ? "−" : "") + Math.Abs(value).ToString(format, Culture);
}

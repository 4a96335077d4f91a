using System.Globalization;

namespace Regie.Web.Components.Shared;

/// <summary>
/// Numbers in the UI culture (nl: 1.234,5). A missing value (not published, cannot be computed) is
/// shown as <see cref="Missing"/>, never as 0; each table explains the dash in its legend.
/// </summary>
internal static class Format
{
    public const string Missing = "–";

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>A score in the index's own scale, e.g. 0,45.</summary>
    public static string Score(double? value, int decimals = 2) =>
        value is { } v ? v.ToString("N" + decimals, Culture) : Missing;

    /// <summary>A share in [0, 1] as a percentage, e.g. 12,3%.</summary>
    public static string Share(double? value, int decimals = 1) =>
        value is { } v ? v.ToString("P" + decimals, Culture) : Missing;

    /// <summary>A value that is already a percentage, e.g. a change of 2.5 → +2,5%.</summary>
    public static string Percent(double? value, int decimals = 1, bool signed = false) =>
        value is { } v
            ? (signed && v > 0 ? "+" : string.Empty) + (v / 100).ToString("P" + decimals, Culture)
            : Missing;

    /// <summary>A whole count, e.g. 1.234.000.</summary>
    public static string Count(long? value) => value is { } v ? v.ToString("N0", Culture) : Missing;

    /// <summary>A count in thousands (Eurostat), e.g. 412,3.</summary>
    public static string Thousands(double? value) => value is { } v ? v.ToString("N1", Culture) : Missing;

    /// <summary>A percentile rank 0–100, e.g. 87.</summary>
    public static string Percentile(double? value) => value is { } v ? v.ToString("N0", Culture) : Missing;

    /// <summary>Euros per hour, e.g. € 23,45.</summary>
    public static string Euro(double? value) => value is { } v ? "€ " + v.ToString("N2", Culture) : Missing;

    /// <summary>Spearman's rho, e.g. 0,81.</summary>
    public static string Rho(double? value) => value is { } v ? v.ToString("N2", Culture) : Missing;
}

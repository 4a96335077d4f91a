using System.Globalization;
using Regie.Core.Results;
using Regie.Web.Localization;
using Regie.Workplace.Pulse.Statistics;

namespace Regie.Web.Components.Pages.Workplace.Pulse;

/// <summary>Formatting shared by the pulse pages.</summary>
internal static class PulseText
{
    public static bool English => UiCultures.IsEnglish;

    public static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    public static string Number(double value) => value.ToString("0.0", CultureInfo.CurrentCulture);

    public static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture);

    public static string Interval(Microsoft.Extensions.Localization.IStringLocalizer p, Interval i) =>
        p["IntervalText", Signed(i.Estimate), Signed(i.Lower), Signed(i.Upper)];

    /// <summary>The field messages of a validation error, or the error's message.</summary>
    public static IReadOnlyList<string> Messages(Error? error) => error switch
    {
        null => [],
        ValidationError v => [.. v.Fields.SelectMany(f => f.Value)],
        _ => [error.Message],
    };

    /// <summary>A posted integer, or null.</summary>
    public static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A posted number (comma or point), or NaN so validation rejects it.</summary>
    public static double Double(string? text) =>
        double.TryParse(text?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
}

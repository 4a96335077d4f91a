using System.Globalization;
using Regie.Core.Documents;

namespace Regie.Web.Reports;

/// <summary>Typed report cells: the text shown in the reader's language and the value Excel stores.</summary>
internal static class Cells
{
    public static ReportCell Count(int value) => new(value.ToString("N0", CultureInfo.CurrentCulture), value);

    public static ReportCell Number(double? value, string format = "0.#") =>
        value is { } v && double.IsFinite(v) ? new(v.ToString(format, CultureInfo.CurrentCulture), (decimal)v) : new("");

    public static ReportCell Percent(double? share) =>
        share is { } s && double.IsFinite(s) ? new(ReportTexts.Percent(s), (decimal)s) : new("");

    public static ReportCell Date(DateOnly? date) => date is { } d ? new(ReportTexts.Date(d), Date: d) : new("");
}

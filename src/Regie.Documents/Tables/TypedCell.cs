using ClosedXML.Excel;
using Regie.Core.Documents;

namespace Regie.Documents.Tables;

/// <summary>Puts a report cell into an Excel cell with its type: number, percentage (of a 0..1 share), date or text.</summary>
internal static class TypedCell
{
    public const string DateFormat = "yyyy-mm-dd";

    public static void Set(IXLCell cell, ReportCell value, ReportColumnKind kind)
    {
        switch (kind, value)
        {
            case (ReportColumnKind.Number, { Number: { } number }):
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = decimal.IsInteger(number) ? "0" : "0.0##";
                break;
            case (ReportColumnKind.Percent, { Number: { } share }):
                cell.SetValue(share);
                cell.Style.NumberFormat.Format = decimal.IsInteger(share * 100) ? "0%" : "0.0%";
                break;
            case (ReportColumnKind.Date, { Date: { } date }):
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = DateFormat;
                break;
            default:
                // Text, or a value that is suppressed or missing: the text as shown, never a formula.
                if (value.Text.Length > 0)
                {
                    cell.SetValue(value.Text);
                    cell.DataType = XLDataType.Text;
                }

                break;
        }
    }
}

using System.Text.RegularExpressions;
using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// Reads and checks US occupation codes: SOC detailed codes (<c>15-1252</c>, SOC 2010 and 2018 alike) and
/// O*NET-SOC codes (<c>15-1252.00</c>), whose first seven characters are the SOC detailed code they subdivide.
/// </summary>
internal static partial class SocCodes
{
    [GeneratedRegex("^[0-9]{2}-[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SocPattern();

    [GeneratedRegex("^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OnetSocPattern();

    /// <summary>The SOC detailed code an O*NET-SOC code subdivides (<c>15-1199.02</c> → <c>15-1199</c>).</summary>
    public static string SocOf(string onetSocCode) => onetSocCode[..7];

    public static string Soc(SheetRow row, string column) =>
        Check(row.RequiredText(column), SocPattern(), "SOC code (NN-NNNN)", p => row.Error(column, p));

    public static string Soc(CsvTable table, string column) =>
        Check(table.RequiredText(column), SocPattern(), "SOC code (NN-NNNN)", p => table.Error(column, p));

    public static string OnetSoc(SheetRow row, string column) =>
        Check(row.RequiredText(column), OnetSocPattern(), "O*NET-SOC code (NN-NNNN.NN)", p => row.Error(column, p));

    public static string OnetSoc(CsvTable table, string column) =>
        Check(table.RequiredText(column), OnetSocPattern(), "O*NET-SOC code (NN-NNNN.NN)", p => table.Error(column, p));

    private static string Check(string text, Regex pattern, string what, Func<string, DataFormatException> error) =>
        pattern.IsMatch(text) ? text : throw error($"'{text}' is not an {what}.");
}

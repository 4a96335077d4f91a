using System.Text.Json;
using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>
/// Reads the CBS extract per BRC 2014 group: employed persons 2025 Q4 and 2024 Q4, women and higher-education
/// shares (85276NED) and 2024 hourly pay quartiles (85517NED). The field "jobs" holds persons.
/// </summary>
internal static class CbsBrcEmploymentReader
{
    public const string File = "cbs_statline/cbs_85276NED_85517NED_brc_2025Q4.json";

    public sealed record Periods(string Employment, string Comparison, string Pay);

    public static (IReadOnlyList<BrcEmployment> Rows, Periods Periods) Read(ShippedData data)
    {
        JsonDocument document;
        using (var stream = data.Open(File))
        {
            try
            {
                document = JsonDocument.Parse(stream);
            }
            catch (JsonException e)
            {
                throw new DataFormatException(File, (int?)(e.LineNumber + 1), null, $"not valid JSON ({e.Message}).");
            }
        }

        using (document)
        {
            var root = document.RootElement;
            var meta = Required(root, "meta", "$");
            var periods = new Periods(
                RequiredString(meta, "employmentCurrentPeriod", "meta"),
                RequiredString(meta, "employmentComparisonPeriod", "meta"),
                YearOf(RequiredString(meta, "payPeriod", "meta")));
            var rows = new List<BrcEmployment>();
            var index = 0;
            foreach (var item in Required(root, "occupations", "$").EnumerateArray())
            {
                var path = $"occupations[{index++}]";
                var codeText = RequiredString(item, "code", path);
                if (!BrcCode.TryParse(codeText, out var code) || codeText.Length != 4)
                {
                    throw new DataFormatException(File, null, path + ".code", $"'{codeText}' is not a 4-digit BRC 2014 code.");
                }

                rows.Add(new BrcEmployment(
                    code,
                    Whole(item, "jobs", path),
                    Whole(item, "jobsComparison", path),
                    Number(item, "growth1y", path),
                    Share(item, "womenShare", path),
                    Share(item, "higherEducationShare", path),
                    Number(item, "medianHourlyPay", path),
                    Number(item, "payP25", path),
                    Number(item, "payP75", path),
                    Whole(item, "employeesInPayData", path)));
            }

            return (rows.OrderBy(r => r.Code).ToList(), periods);
        }
    }

    /// <summary>The extract labels annual pay "2024 annual"; CBS labels annual figures by their year, as Regie does.</summary>
    private static string YearOf(string period) =>
        period.EndsWith(" annual", StringComparison.Ordinal) ? period[..^" annual".Length] : period;

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new DataFormatException(File, null, $"{path}.{name}", "the field is missing.");

    private static string RequiredString(JsonElement element, string name, string path) =>
        Required(element, name, path) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw new DataFormatException(File, null, $"{path}.{name}", "expected a non-empty string.");

    private static double? Number(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null; // CBS suppresses small cells: keep null, never 0.
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : throw new DataFormatException(File, null, $"{path}.{name}", $"expected a number, found {value.ValueKind}.");
    }

    private static long? Whole(JsonElement element, string name, string path) =>
        Number(element, name, path) is { } value
            ? value >= 0 && value == Math.Floor(value) ? (long)value : throw new DataFormatException(File, null, $"{path}.{name}", $"expected a non-negative whole number, found {value}.")
            : null;

    private static double? Share(JsonElement element, string name, string path) =>
        Number(element, name, path) is { } value
            ? value is >= 0 and <= 1 ? value : throw new DataFormatException(File, null, $"{path}.{name}", $"a share must be in 0–1, found {value}.")
            : null;
}

using System.Globalization;
using Regie.Core.Classifications;
using Regie.Core.Results;

namespace Regie.Web.Api;

/// <summary>
/// Parses query and route values that are bound as text, so a malformed value becomes a validation problem that
/// names its field instead of the framework's generic "bad request".
/// </summary>
internal static class QueryValues
{
    /// <summary>Null for an absent or blank value (a form that leaves a filter empty sends <c>q=</c>).</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static Result<bool> Boolean(string field, string? text, bool fallback) => OrNull(text) switch
    {
        null => fallback,
        var value when bool.TryParse(value, out var parsed) => parsed,
        _ => ValidationError.For(field, $"'{text}' is not a boolean. Use true or false."),
    };

    public static Result<int?> Year(string? text) => OrNull(text) switch
    {
        null => (int?)null,
        var value when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) => year,
        _ => ValidationError.For("year", $"'{text}' is not a year. Use four digits, e.g. 2024."),
    };

    /// <summary>A BRC 2014 occupation group code: four digits.</summary>
    public static Result<string> OccupationCode(string? text) =>
        BrcCode.TryParse(text, out var code) && code.Value.Length == 4
            ? code.Value
            : ValidationError.For("code", $"'{text}' is not a BRC 2014 occupation group code. Use four digits, e.g. 0811.");
}

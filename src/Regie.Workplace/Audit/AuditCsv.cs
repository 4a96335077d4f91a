using System.Globalization;
using System.Text;

namespace Regie.Workplace.Audit;

/// <summary>
/// The audit log as CSV (RFC 4180, UTF-8 with BOM for spreadsheet programs), one row per event. The web API's export
/// and <c>regie org audit --csv</c> both write this format, so a file from either reads the same.
/// </summary>
public static class AuditCsv
{
    private static readonly string[] Header =
        ["sequence", "at_utc", "actor_id", "actor_name", "actor_roles", "action", "entity_type", "entity_id", "before", "after", "previous_hash", "hash"];

    /// <summary>The events, in the order given, as the bytes of a CSV file.</summary>
    public static byte[] Write(IEnumerable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append("\r\n");
        foreach (var e in events)
        {
            string[] row =
            [
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.ActorRoles, e.Action, e.EntityType, e.EntityId, e.Before ?? "", e.After ?? "", e.PreviousHash, e.Hash,
            ];
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quotes a field when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

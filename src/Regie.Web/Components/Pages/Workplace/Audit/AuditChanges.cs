using System.Text.Json;

namespace Regie.Web.Components.Pages.Workplace.Audit;

/// <summary>One changed field of an audit event; a null side is a value that did not exist or was empty.</summary>
internal sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// Reads an audit event's before and after (JSON objects of the changed fields, as storage writes them) into one line
/// per field. Text values are shown as text; numbers, lists and objects as their JSON.
/// </summary>
internal static class AuditChanges
{
    public static IReadOnlyList<FieldChange> Of(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return [.. old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(f => new FieldChange(f, old.GetValueOrDefault(f), now.GetValueOrDefault(f)))];
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields[""] = json;
                return fields;
            }

            foreach (var field in document.RootElement.EnumerateObject())
            {
                fields[field.Name] = field.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => field.Value.GetString(),
                    _ => field.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            // Storage always writes JSON; should an event hold something else, show it as it is rather than hide it.
            fields[""] = json;
        }

        return fields;
    }
}

using Regie.Core.Results;

namespace Regie.Web.Components.Pages.Workplace.Register.Fields;

/// <summary>
/// The messages of one posted form, per field key (the use case's field names), for showing beside each field and in
/// the summary at the top. Use cases validate in English; a page gives its own message in the reader's language where
/// it has one and falls back to the use case's text.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public bool Any => _fields.Count > 0;

    public IReadOnlyList<string> For(string field) => _fields.TryGetValue(field, out var messages) ? messages : [];

    public bool Has(string field) => _fields.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
        {
            _fields[field] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    /// <summary>The fields of a use case's error, each with <paramref name="own"/>'s message or else the use case's.</summary>
    public static FieldErrors From(ValidationError error, Func<string, string?> own)
    {
        var errors = new FieldErrors();
        foreach (var (field, messages) in error.Fields)
        {
            if (own(field) is { } message)
            {
                errors.Add(field, message);
                continue;
            }

            foreach (var text in messages)
            {
                errors.Add(field, text);
            }
        }

        return errors;
    }
}

/// <summary>One option of a checkbox or radio group.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);

/// <summary>One line of the error summary: the field's element id, its label and the message.</summary>
public sealed record ErrorLink(string Target, string Label, string Message);

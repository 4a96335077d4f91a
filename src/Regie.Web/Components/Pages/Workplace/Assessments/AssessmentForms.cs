using Regie.Core.Results;
using Regie.Web.Components.Pages.Workplace.Register.Fields;

namespace Regie.Web.Components.Pages.Workplace.Assessments;

/// <summary>
/// What one form of the assessment pages posted and what went wrong with it, so that the page shows the typed values
/// again beside the messages (nothing typed is lost).
/// </summary>
public sealed class PostedForm(string name, IFormCollection values)
{
    public string Name { get; } = name;

    public FieldErrors Errors { get; } = new();

    /// <summary>The posted value of a field.</summary>
    public string? this[string field] => values[field].ToString() is { Length: > 0 } v ? v : null;

    /// <summary>Every posted value of a checkbox group.</summary>
    public IReadOnlyCollection<string> All(string field) => [.. values[field].OfType<string>()];
}

/// <summary>Reading numbers, ids and dates from posted text for the assessment forms.</summary>
internal static class FormValues
{
    /// <summary>Null for empty; false when the text is not a whole number.</summary>
    public static bool TryInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n);
        value = ok ? n : null;
        return ok;
    }

    public static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    public static TEnum Enum<TEnum>(string? text) where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(text, out var value) ? value : default;

    /// <summary>Field errors of a use case, in the page's words where it has them.</summary>
    public static void AddAll(this FieldErrors errors, ValidationError invalid, Func<string, string?> own)
    {
        foreach (var (field, messages) in invalid.Fields)
        {
            var text = own(field);
            foreach (var message in text is null ? messages : [text])
            {
                errors.Add(field, message);
            }
        }
    }
}

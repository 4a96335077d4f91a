using Regie.Core.Results;

namespace Regie.Workplace;

/// <summary>Collects field errors of one request and turns them into a <see cref="ValidationError"/>.</summary>
internal sealed class Validation
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public Validation Require(string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} is required.");
        }
        else if (value.Trim().Length > maxLength)
        {
            Add(field, $"{label} may be at most {maxLength} characters.");
        }

        return this;
    }

    public Validation Optional(string field, string? value, int maxLength, string label)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, $"{label} may be at most {maxLength} characters.");
        }

        return this;
    }

    public Validation Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }

        return this;
    }

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
        {
            _fields[field] = messages = [];
        }

        messages.Add(message);
    }

    public bool IsValid => _fields.Count == 0;

    public ValidationError ToError() => new(_fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>Trims user text; empty becomes null.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

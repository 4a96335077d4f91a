using Regie.Core.Results;

namespace Regie.Web.Api;

/// <summary>Collects the invalid query values of one request, so the client learns about all of them at once.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

    /// <summary>The result's value, or <paramref name="fallback"/> after recording its field errors.</summary>
    /// <exception cref="ArgumentException">The result failed with an error other than a validation error.</exception>
    public T Collect<T>(Result<T> result, T fallback)
    {
        Check(result);
        return result.IsSuccess ? result.Value : fallback;
    }

    /// <summary>Records the result's field errors, if it has any.</summary>
    /// <exception cref="ArgumentException">The result failed with an error other than a validation error.</exception>
    public void Check<T>(Result<T> result)
    {
        if (result.IsSuccess)
        {
            return;
        }

        if (result.Error is not ValidationError invalid)
        {
            throw new ArgumentException($"Only validation errors are collected, not {result.Error.GetType().Name}.", nameof(result));
        }

        foreach (var (field, messages) in invalid.Fields)
        {
            _fields[field] = [.. _fields.GetValueOrDefault(field, []), .. messages];
        }
    }

    /// <summary>A validation error naming every collected field, or null when every value was valid.</summary>
    public ValidationError? ToError() => _fields.Count > 0 ? new ValidationError(_fields) : null;
}

using System.Globalization;
using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Spec;

/// <summary>Collects field errors while a scenario is checked, so the analyst sees all of them at once.</summary>
internal sealed class ScenarioErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public bool Any => _fields.Count > 0;

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var messages))
            _fields[field] = messages = [];
        messages.Add(message);
    }

    public T Range<T>(string field, T value, T min, T max)
        where T : IComparable<T>, IFormattable
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0 || (value is double d && !double.IsFinite(d)))
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Must lie between {min} and {max}."));
        }

        return value;
    }

    public ValidationError ToError() => new(_fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal));
}

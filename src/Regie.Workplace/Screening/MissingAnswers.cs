using Regie.Core.Results;

namespace Regie.Workplace.Screening;

/// <summary>
/// Collects the answers a screening path needs but did not get (or got out of range), named by their <see cref="ScreeningAnswers"/>
/// property, in the order the path asks them.
/// </summary>
internal sealed class MissingAnswers
{
    private const string Unanswered = "This question must be answered on this path of the screening.";

    private readonly List<(string Field, string Message)> _fields = [];

    public bool Any => _fields.Count > 0;

    /// <summary>The answer, or null after noting it as missing.</summary>
    public T? Require<T>(T? answer, string field)
        where T : struct
    {
        if (answer is null)
        {
            _fields.Add((field, Unanswered));
        }

        return answer;
    }

    /// <summary>The answer, or null after noting it as missing or as not one of the enum's values.</summary>
    public TEnum? RequireDefined<TEnum>(TEnum? answer, string field)
        where TEnum : struct, Enum
    {
        if (answer is { } value && !Enum.IsDefined(value))
        {
            _fields.Add((field, $"'{value}' is not one of the possible answers."));
            return null;
        }

        return Require(answer, field);
    }

    /// <summary>Notes a text answer as missing when it is empty or blank.</summary>
    public void RequireText(string? answer, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            _fields.Add((field, message));
        }
    }

    public ValidationError ToError() =>
        new(_fields.ToDictionary(f => f.Field, f => new[] { f.Message }, StringComparer.Ordinal));
}

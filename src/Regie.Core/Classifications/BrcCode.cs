using System.Diagnostics.CodeAnalysis;

namespace Regie.Core.Classifications;

/// <summary>
/// A CBS Beroepenclassificatie (BRC 2014) code: class (2 digits), segment (3) or occupation group (4).
/// </summary>
public readonly record struct BrcCode : IComparable<BrcCode>
{
    private BrcCode(string value) => Value = value;

    /// <summary>The digits, e.g. "0811".</summary>
    public string Value { get; }

    /// <summary>Parses a 2-, 3- or 4-digit BRC code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BrcCode code)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: >= 2 and <= 4 } && trimmed.All(char.IsAsciiDigit))
        {
            code = new BrcCode(trimmed);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Parses a 2-, 3- or 4-digit BRC code.</summary>
    /// <exception cref="FormatException">The text is not a BRC 2014 code.</exception>
    public static BrcCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a BRC 2014 code (2 to 4 digits).");

    /// <inheritdoc />
    public int CompareTo(BrcCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

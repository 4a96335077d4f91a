using System.Diagnostics.CodeAnalysis;

namespace Regie.Core.Classifications;

/// <summary>
/// An ISCO-08 code: 1 digit (major group), 2 (sub-major), 3 (minor) or 4 (unit group).
/// Always kept as a zero-padded string: "0110" is a unit group, never the number 110.
/// </summary>
public readonly record struct IscoCode : IComparable<IscoCode>
{
    private IscoCode(string value) => Value = value;

    /// <summary>The digits, e.g. "2512".</summary>
    public string Value { get; }

    /// <summary>1 = major group … 4 = unit group.</summary>
    public int Level => Value.Length;

    /// <summary>The major group (first digit).</summary>
    public IscoCode MajorGroup => new(Value[..1]);

    /// <summary>The group at a coarser level (1–4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not between 1 and this code's level.</exception>
    public IscoCode AtLevel(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Level);
        return new IscoCode(Value[..level]);
    }

    /// <summary>Parses 1–4 digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IscoCode code)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: >= 1 and <= 4 } && trimmed.All(char.IsAsciiDigit))
        {
            code = new IscoCode(trimmed);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Parses 1–4 digits.</summary>
    /// <exception cref="FormatException">The text is not an ISCO-08 code.</exception>
    public static IscoCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ISCO-08 code (1 to 4 digits).");

    /// <summary>A unit group code from a number that lost its leading zero (110 → "0110").</summary>
    public static IscoCode UnitGroupFromNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        return new IscoCode(number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public int CompareTo(IscoCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

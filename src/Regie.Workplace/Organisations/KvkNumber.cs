using System.Diagnostics.CodeAnalysis;

namespace Regie.Workplace.Organisations;

/// <summary>
/// A Dutch Chamber of Commerce (KvK) number: exactly eight digits, not all zero. KvK numbers carry no public check
/// digit, so format is all that can be checked offline; spaces and dots that people type are accepted and dropped.
/// </summary>
public readonly record struct KvkNumber
{
    private KvkNumber(string value) => Value = value;

    /// <summary>The eight digits.</summary>
    public string Value { get; }

    /// <summary>Reads a KvK number from user text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out KvkNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '.' or '-'))]);
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit) || digits == "00000000")
        {
            return false;
        }

        number = new KvkNumber(digits);
        return true;
    }

    /// <summary>Reads a KvK number that is known to be valid (from storage).</summary>
    /// <exception cref="FormatException">The text is not a KvK number.</exception>
    public static KvkNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a KvK number (8 digits).");

    public override string ToString() => Value ?? "";
}

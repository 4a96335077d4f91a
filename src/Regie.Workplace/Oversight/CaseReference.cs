using System.Text.RegularExpressions;

namespace Regie.Workplace.Oversight;

/// <summary>
/// The rule for a case reference in the oversight log: it points into the system's own records without carrying
/// personal data. Allowed are letters, digits and <c>. _ - : / #</c>, at most 64 characters, and no run of nine or
/// more digits (a BSN has nine digits, a Dutch phone number ten), so names, e-mail addresses (no <c>@</c>), citizen
/// service numbers and phone numbers are refused.
/// </summary>
public static partial class CaseReference
{
    public const int MaxLength = 64;

    /// <summary>Null when <paramref name="reference"/> may be stored; otherwise the reason it may not.</summary>
    public static string? Problem(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return "A case reference is required.";
        }

        if (reference.Length > MaxLength)
        {
            return $"A case reference may be at most {MaxLength} characters.";
        }

        if (!Allowed().IsMatch(reference))
        {
            return "A case reference may only hold letters, digits and . _ - : / # (no spaces, names or e-mail addresses).";
        }

        return LongNumber().IsMatch(reference)
            ? "A case reference may not hold nine or more digits in a row (it could be a citizen service or phone number)."
            : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:/#-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();

    [GeneratedRegex(@"[0-9]{9,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}

using System.Globalization;
using System.Text;

namespace Regie.Storage.Mail;

/// <summary>A file-name-safe short form of a subject: lower case ASCII letters and digits joined by hyphens.</summary>
internal static class SubjectSlug
{
    public const int MaxLength = 40;

    public static string Of(string subject)
    {
        var slug = new StringBuilder(MaxLength);
        var pendingHyphen = false;
        // Decomposing first turns "é" into "e" + an accent, so Dutch words keep their letters.
        foreach (var c in subject.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }

            if (slug.Length >= MaxLength)
            {
                break;
            }
        }

        return slug.Length == 0 ? "mail" : slug.ToString().TrimEnd('-');
    }
}

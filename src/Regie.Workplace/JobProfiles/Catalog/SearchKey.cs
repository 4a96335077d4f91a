using System.Globalization;
using System.Text;

namespace Regie.Workplace.JobProfiles.Catalog;

/// <summary>
/// Folds a title or a query into the form the occupation search compares: accents removed ("ë" → "e"),
/// lower case, and every run of characters that are not letters or digits turned into one space.
/// </summary>
internal static class SearchKey
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // The accent of a decomposed letter; the base letter came just before.
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                folded.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return folded.ToString();
    }
}

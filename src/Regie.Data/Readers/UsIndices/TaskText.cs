using System.Text;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// The join key between Anthropic Economic Index task names and O*NET task statements: lower-case (invariant),
/// trimmed, and every run of whitespace collapsed to one space.
/// </summary>
internal static class TaskText
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

using System.Globalization;
using System.Resources;

namespace Regie.Web.Localization;

/// <summary>
/// The atlas writes its rules and caveats in English from fixed sentences (Regie.Monitor.Atlas.AtlasTexts).
/// In the Dutch interface each known sentence (a <c>Note_*</c> text, worded as in the CLI) is replaced by its
/// translation; anything the atlas adds later stays English until it is translated here.
/// </summary>
internal static class AtlasNotes
{
    private static readonly ResourceManager Resources = new("Regie.Web.Localization.Ui", typeof(AtlasNotes).Assembly);

    private static readonly Lazy<IReadOnlyList<(string English, string Dutch)>> Notes = new(Load);

    /// <summary>The text in the UI language, and whether English sentences are left in it.</summary>
    public static (string Text, bool HasEnglish) Translate(string english)
    {
        if (UiCultures.IsEnglish)
        {
            return (english, false);
        }

        var dutch = Notes.Value.Aggregate(english, (text, note) => text.Replace(note.English, note.Dutch, StringComparison.Ordinal));
        var rest = Notes.Value.Aggregate(english, (text, note) => text.Replace(note.English, string.Empty, StringComparison.Ordinal));
        return (dutch, rest.Any(char.IsLetter));
    }

    private static IReadOnlyList<(string English, string Dutch)> Load()
    {
        var dutch = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("The Dutch interface texts are missing.");
        return [.. dutch.Cast<System.Collections.DictionaryEntry>()
            .Select(e => (Key: (string)e.Key, Dutch: (string)e.Value!)) // resx values are strings
            .Where(e => e.Key.StartsWith("Note_", StringComparison.Ordinal))
            .Select(e => (English: Resources.GetString(e.Key, UiCultures.English) ?? e.Dutch, e.Dutch))
            .OrderByDescending(n => n.English.Length)];
    }
}

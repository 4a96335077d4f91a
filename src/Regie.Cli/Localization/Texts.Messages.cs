using System.Collections;
using System.Collections.Frozen;
using System.Globalization;

namespace Regie.Cli.Localization;

internal sealed partial class Texts
{
    /// <summary>English message → key, for every <c>Message.*</c> text (read once).</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> MessageKeys = new(() =>
        (Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("The English texts are missing."))
        .Cast<DictionaryEntry>()
        .Select(e => (Key: (string)e.Key, English: (string)e.Value!)) // resx values are strings
        .Where(e => e.Key.StartsWith("Message.", StringComparison.Ordinal))
        .ToFrozenDictionary(e => e.English, e => e.Key, StringComparer.Ordinal));

    /// <summary>
    /// A message of a Workplace use case in the chosen language. The use cases speak English (field → messages);
    /// each message the CLI knows has a <c>Message.*</c> text whose English value is that message, and the Dutch
    /// one is its translation. An unknown message is shown as it is, in English.
    /// </summary>
    public string Message(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return IsDutch && MessageKeys.Value.TryGetValue(english, out var key) ? this[key] : english;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Resources;
using Regie.Core.Results;

namespace Regie.Cli.Localization;

/// <summary>
/// Labels and number formats of the human output in one language: Dutch by default, English on request
/// (<c>--lang en</c>). Labels live in <c>Strings.resx</c> (English) and <c>Strings.nl.resx</c> (Dutch).
/// </summary>
internal sealed partial class Texts
{
    /// <summary>The languages <c>--lang</c> accepts.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "en"];

    private static readonly ResourceManager Resources = new("Regie.Cli.Localization.Strings", typeof(Texts).Assembly);

    private Texts(string language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
    }

    /// <summary>"nl" or "en".</summary>
    public string Language { get; }

    /// <summary>The culture used for labels and numbers.</summary>
    public CultureInfo Culture { get; }

    public bool IsDutch => Language == "nl";

    /// <summary>The label with this key; a missing key is a bug and throws.</summary>
    public string this[string key] => Find(key) ?? throw new InvalidOperationException($"No '{Language}' text for '{key}'.");

    public static bool TryCreate(string? language, [NotNullWhen(true)] out Texts? texts)
    {
        var trimmed = language?.Trim();
        texts = string.Equals(trimmed, "nl", StringComparison.OrdinalIgnoreCase) ? new Texts("nl", CultureInfo.GetCultureInfo("nl-NL"))
            : string.Equals(trimmed, "en", StringComparison.OrdinalIgnoreCase) ? new Texts("en", CultureInfo.GetCultureInfo("en-GB"))
            : null;
        return texts is not null;
    }

    /// <summary>The error for a <c>--lang</c> value that is not one of <see cref="Languages"/>.</summary>
    public static ValidationError UnknownLanguage(string? language) => ValidationError.For(
        "lang", $"Unknown language '{language}'. Use one of: {string.Join(", ", Languages)}.");

    /// <summary>The label with this key, or null when there is none (for labels keyed by data, e.g. class ids).</summary>
    public string? Find(string key)
    {
        var text = Resources.GetString(key, Culture);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The label with this key, filled in with culture-formatted arguments.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// The atlas's rules and caveats in the chosen language. The Monitor writes them in English from fixed
    /// sentences (Regie.Monitor.Atlas.AtlasTexts), so each known sentence (a <c>Note.*</c> text) is replaced by its translation.
    /// </summary>
    public string Translate(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return IsDutch
            ? Notes(Culture).Aggregate(english, (text, note) => text.Replace(note.English, note.Translated, StringComparison.Ordinal))
            : english;
    }

    /// <summary>What is left of an English rule or caveat after removing every known sentence (empty when all is translated).</summary>
    public static string Untranslated(string english) =>
        Notes(CultureInfo.InvariantCulture).Aggregate(english, (text, note) => text.Replace(note.English, string.Empty, StringComparison.Ordinal)).Trim();

    private static IEnumerable<(string English, string Translated)> Notes(CultureInfo culture) =>
        (Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("The English texts are missing."))
        .Cast<System.Collections.DictionaryEntry>()
        .Select(e => (Key: (string)e.Key, English: (string)e.Value!)) // resx values are strings
        .Where(e => e.Key.StartsWith("Note.", StringComparison.Ordinal))
        .OrderByDescending(e => e.English.Length)
        .Select(e => (e.English, Resources.GetString(e.Key, culture) ?? e.English));

    /// <summary>Whole numbers, e.g. persons: 9.865.000 (nl) / 9,865,000 (en).</summary>
    public string Count(long? value) => value is { } v ? v.ToString("N0", Culture) : Missing;

    /// <summary>A number with a fixed number of decimals.</summary>
    public string Number(double? value, int decimals) => value is { } v ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : Missing;

    /// <summary>A share in [0, 1] as a percentage: 0,123 → 12,3%.</summary>
    public string Share(double? share, int decimals = 1) => share is { } v ? v.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : Missing;

    /// <summary>A value that is already in percent: 2.5 → 2,5%.</summary>
    public string Percent(double? percent) => Share(percent / 100);

    /// <summary>An amount in euros.</summary>
    public string Euro(double? value) => value is { } v ? "€ " + v.ToString("N2", Culture) : Missing;

    /// <summary>An exposure score or index value in its own scale.</summary>
    public string Score(double? value) => Number(value, 3);

    /// <summary>What a cell shows when the source published no figure or it cannot be computed (never 0).</summary>
    public string Missing => this["Common.Missing"];
}

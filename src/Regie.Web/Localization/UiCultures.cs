using System.Globalization;

namespace Regie.Web.Localization;

/// <summary>The two interface languages: Dutch (default) and English (DESIGN §5).</summary>
internal static class UiCultures
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<CultureInfo> All { get; } = [Dutch, English];

    /// <summary>Maps a short language code ("nl", "en", "en-GB" …) to a supported culture.</summary>
    public static CultureInfo? Find(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "NL" or "NL-NL" => Dutch,
        "EN" or "EN-GB" => English,
        _ => null,
    };

    /// <summary>The language of the current request's UI, as "nl" or "en".</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool IsEnglish => CurrentLanguage == "en";
}

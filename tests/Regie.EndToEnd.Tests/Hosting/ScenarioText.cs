using System.Globalization;
using System.Resources;

namespace Regie.EndToEnd.Tests.Hosting;

/// <summary>The web host's scenario lab texts (ScenarioUi.resx, ScenarioUi.en.resx), so tests follow wording changes.</summary>
internal static class ScenarioText
{
    private static readonly ResourceManager Resources = new("Regie.Web.Localization.ScenarioUi", typeof(Program).Assembly);

    public static string Dutch(string key) => Get(key, "nl-NL");

    public static string English(string key) => Get(key, "en-GB");

    private static string Get(string key, string culture) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(culture))
        ?? throw new KeyNotFoundException($"The web host has no scenario lab text '{key}'.");
}

using System.Globalization;
using System.Resources;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>The web host's Workplace and account texts in one language, so the tests follow wording changes.</summary>
internal sealed class WorkplaceText(string language)
{
    private static readonly ResourceManager Workplace = new("Regie.Web.Localization.WorkplaceUi", typeof(Program).Assembly);

    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nl-NL");

    /// <summary>A text of WorkplaceUi.resx.</summary>
    public string this[string key] => Workplace.GetString(key, _culture) ?? throw new KeyNotFoundException($"No Workplace text '{key}'.");

    /// <summary>A text of AccountUi.resx.</summary>
    public string AccountText(string key) => language == "en" ? Hosting.AccountText.English(key) : Hosting.AccountText.Dutch(key);
}

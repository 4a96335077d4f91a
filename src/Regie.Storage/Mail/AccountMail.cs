using System.Globalization;
using System.Net;

namespace Regie.Storage.Mail;

/// <summary>
/// The wording of the account mails in Dutch (default) and English. Each mail is written once as a list of
/// paragraphs; the plain text and the HTML part are both made from it, so they cannot drift apart.
/// </summary>
internal sealed record AccountMail(string Subject, IReadOnlyList<string> Paragraphs, string Action)
{
    public static AccountMail Confirmation(CultureInfo culture, string name, string link) => IsEnglish(culture)
        ? new("Confirm your e-mail address for Regie",
            [$"Hello {name},", "You created an account with Regie. Please confirm your e-mail address with this link:", link,
                "Did you not create an account? Then you can ignore this message."], link)
        : new("Bevestig uw e-mailadres voor Regie",
            [$"Beste {name},", "U hebt een account gemaakt bij Regie. Bevestig uw e-mailadres met deze link:", link,
                "Hebt u geen account gemaakt? Dan kunt u dit bericht negeren."], link);

    public static AccountMail ResetLink(CultureInfo culture, string name, string link) => IsEnglish(culture)
        ? new("Choose a new password for Regie",
            [$"Hello {name},", "Someone asked for a new password for your Regie account. Choose a new password with this link:", link,
                "The link works once and expires after a day. Did you not ask for this? Then ignore this message; your password stays the same."], link)
        : new("Kies een nieuw wachtwoord voor Regie",
            [$"Beste {name},", "Iemand heeft een nieuw wachtwoord gevraagd voor uw account bij Regie. Kies een nieuw wachtwoord met deze link:", link,
                "De link werkt één keer en vervalt na een dag. Hebt u dit niet gevraagd? Negeer dan dit bericht; uw wachtwoord blijft hetzelfde."], link);

    public static AccountMail ResetCode(CultureInfo culture, string name, string code) => IsEnglish(culture)
        ? new("Your password reset code for Regie",
            [$"Hello {name},", "Someone asked for a new password for your Regie account. Enter this code with your new password:", code,
                "The code works once and expires after a day. Did you not ask for this? Then ignore this message; your password stays the same."], code)
        : new("Uw herstelcode voor Regie",
            [$"Beste {name},", "Iemand heeft een nieuw wachtwoord gevraagd voor uw account bij Regie. Vul deze code in met uw nieuwe wachtwoord:", code,
                "De code werkt één keer en vervalt na een dag. Hebt u dit niet gevraagd? Negeer dan dit bericht; uw wachtwoord blijft hetzelfde."], code);

    public string Text => string.Join("\n\n", Paragraphs) + "\n";

    /// <summary>The HTML part: every paragraph encoded, the action (a link or a code) as a link or in bold.</summary>
    public string Html => "<!DOCTYPE html><html><body>" + string.Concat(Paragraphs.Select(Paragraph)) + "</body></html>";

    private string Paragraph(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        if (!string.Equals(text, Action, StringComparison.Ordinal))
        {
            return $"<p>{encoded}</p>";
        }

        return text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? $"<p><a href=\"{encoded}\">{encoded}</a></p>"
            : $"<p><strong>{encoded}</strong></p>";
    }

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}

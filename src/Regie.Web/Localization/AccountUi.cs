using System.Globalization;
using System.Resources;

namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the account texts: AccountUi.resx (Dutch, the default) and AccountUi.en.resx (English). They are
/// kept apart from Ui.resx so the account pages and the rest of the interface can grow without touching one file.
/// </summary>
internal sealed class AccountUi;

/// <summary>
/// Validation messages for DataAnnotations (<c>ErrorMessageResourceType = typeof(ValidationText)</c>), read from the
/// account texts in the current UI language. The attributes need public static properties.
/// </summary>
internal static class ValidationText
{
    private static readonly ResourceManager Resources = new("Regie.Web.Localization.AccountUi", typeof(AccountUi).Assembly);

    public static string EmailRequired => Get(nameof(EmailRequired));

    public static string EmailInvalid => Get(nameof(EmailInvalid));

    public static string PasswordRequired => Get(nameof(PasswordRequired));

    public static string CurrentPasswordRequired => Get(nameof(CurrentPasswordRequired));

    public static string NewPasswordRequired => Get(nameof(NewPasswordRequired));

    public static string PasswordLength => Get(nameof(PasswordLength));

    public static string PasswordsDiffer => Get(nameof(PasswordsDiffer));

    public static string DisplayNameRequired => Get(nameof(DisplayNameRequired));

    public static string DisplayNameLength => Get(nameof(DisplayNameLength));

    public static string CodeRequired => Get(nameof(CodeRequired));

    public static string AuthenticatorCodeFormat => Get(nameof(AuthenticatorCodeFormat));

    private static string Get(string key) =>
        Resources.GetString("Validation_" + key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"The account texts have no 'Validation_{key}'.");
}

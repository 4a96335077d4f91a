using System.Diagnostics.CodeAnalysis;

namespace Regie.Web.Accounts;

/// <summary>The account pages' addresses (Dutch, like every page) and the guard for return addresses.</summary>
internal static class AccountPaths
{
    public const string Account = "/account";
    public const string Register = "/account/registreren";
    public const string SignIn = "/account/aanmelden";
    public const string TwoStep = "/account/tweestaps";
    public const string Security = "/account/beveiliging";
    public const string ForgotPassword = "/account/wachtwoord-vergeten";
    public const string ResetPassword = "/account/wachtwoord-herstellen";
    public const string ConfirmEmail = "/account/e-mail-bevestigen";
    public const string SignOut = "/account/afmelden";
    public const string External = "/account/extern";
    public const string ExternalCallback = "/account/extern/terug";

    /// <summary>
    /// Whether <paramref name="url"/> stays on this site: a path such as "/atlas?x=1", never "//host", "/\host" or
    /// an absolute URL (open-redirect guard).
    /// </summary>
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The return address if it is local, else the home page.</summary>
    public static string SafeReturn(string? url) => IsLocal(url) ? url : "/";

    /// <summary>A page address with <c>returnUrl</c> kept, when there is a local one.</summary>
    public static string WithReturn(string path, string? returnUrl) =>
        IsLocal(returnUrl) && returnUrl != "/" ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}" : path;
}

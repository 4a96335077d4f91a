using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Regie.Storage.Identity;
using Regie.Web.Hosting;

namespace Regie.Web.Accounts;

/// <summary>
/// Sign-in through the external provider: <c>POST /account/extern</c> (a form with antiforgery) sends the browser to
/// the provider, and <c>GET /account/extern/terug</c> signs in the linked local account, links an account with the
/// same e-mail address when the provider vouches for it, or creates one. Failures return to the sign-in page with
/// a reason the page explains.
/// </summary>
internal static class ExternalSignIn
{
    public static IEndpointConventionBuilder MapExternalSignIn(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").ExcludeFromDescription();
        group.MapPost(AccountPaths.External, ChallengeAsync); // form binding makes the antiforgery token required
        group.MapGet(AccountPaths.ExternalCallback, CallbackAsync);
        return group;
    }

    private static async Task<IResult> ChallengeAsync([FromForm] string provider, [FromForm] string? returnUrl, SignInManager<RegieUser> signIn)
    {
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync();
        if (!schemes.Any(s => s.Name == provider))
        {
            return TypedResults.LocalRedirect(SignInWith("unknown-provider", null));
        }

        var callback = $"{AccountPaths.ExternalCallback}?returnUrl={Uri.EscapeDataString(AccountPaths.SafeReturn(returnUrl))}";
        return TypedResults.Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, callback), [provider]);
    }

    private static async Task<IResult> CallbackAsync(
        string? returnUrl, SignInManager<RegieUser> signIn, UserManager<RegieUser> users, IOptions<AuthOptions> auth)
    {
        returnUrl = AccountPaths.SafeReturn(returnUrl);
        if (await signIn.GetExternalLoginInfoAsync() is not { } info)
        {
            return TypedResults.LocalRedirect(SignInWith("external-failed", returnUrl));
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return TypedResults.LocalRedirect(AccountPaths.WithReturn(AccountPaths.TwoStep, returnUrl));
        }

        if (result.IsLockedOut || result.IsNotAllowed)
        {
            return TypedResults.LocalRedirect(SignInWith(result.IsLockedOut ? "locked-out" : "not-allowed", returnUrl));
        }

        var outcome = await LinkOrCreateAsync(info, users, auth.Value.OpenIdConnect.TrustEmail);
        if (outcome is not { } user)
        {
            return TypedResults.LocalRedirect(SignInWith(info.Principal.FindFirstValue("email") is null ? "no-email" : "email-in-use", returnUrl));
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return TypedResults.LocalRedirect(returnUrl);
    }

    /// <summary>The local account for a first external sign-in, or null when none may be used or made.</summary>
    private static async Task<RegieUser?> LinkOrCreateAsync(ExternalLoginInfo info, UserManager<RegieUser> users, bool trustEmail)
    {
        if ((info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email)) is not { Length: > 0 } email)
        {
            return null;
        }

        var verified = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        var login = new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName);
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Linking by address hands the account to whoever controls that address at the provider.
            return (verified || trustEmail) && (await users.AddLoginAsync(existing, login)).Succeeded ? existing : null;
        }

        var user = new RegieUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = verified || trustEmail,
            DisplayName = info.Principal.FindFirstValue("name") ?? info.Principal.FindFirstValue(ClaimTypes.Name) ?? "",
        };
        return (await users.CreateAsync(user)).Succeeded && (await users.AddLoginAsync(user, login)).Succeeded ? user : null;
    }

    private static string SignInWith(string reason, string? returnUrl) =>
        AccountPaths.WithReturn(AccountPaths.SignIn, returnUrl) + (AccountPaths.IsLocal(returnUrl) && returnUrl != "/" ? "&" : "?") + "fout=" + reason;
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Localization;

namespace Regie.Web.Localization;

/// <summary><c>GET /culture?c=en&amp;redirect=/atlas</c>: remembers the language in a cookie and goes back.</summary>
internal static class CultureSwitch
{
    public const string Path = "/culture";

    public static IEndpointConventionBuilder MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, Switch).ExcludeFromDescription();

    /// <summary>The link that switches to <paramref name="language"/> and returns to <paramref name="returnUrl"/>.</summary>
    public static string Link(string language, string returnUrl) =>
        $"{Path}?c={Uri.EscapeDataString(language)}&redirect={Uri.EscapeDataString(returnUrl)}";

    private static IResult Switch(string? c, string? redirect, HttpContext context)
    {
        if (UiCultures.Find(c) is not { } culture)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown language",
                detail: $"Language '{c}' is not offered. Use 'nl' or 'en'.");
        }

        context.Response.Cookies.Append(
            LocalizationSetup.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
        return TypedResults.LocalRedirect(IsLocal(redirect) ? redirect : "/");
    }

    // Only same-site paths: "/x" but not "//host" or "/\host" (open-redirect guard).
    private static bool IsLocal([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

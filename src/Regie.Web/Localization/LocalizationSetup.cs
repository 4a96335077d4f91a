using Microsoft.AspNetCore.Localization;

namespace Regie.Web.Localization;

/// <summary>
/// Request culture: <c>?lang=en</c> first, then the <c>culture</c> cookie, else Dutch. The browser's
/// Accept-Language is deliberately not used: the interface is Dutch by default.
/// </summary>
internal static class LocalizationSetup
{
    public const string CookieName = "culture";

    public static IServiceCollection AddRegieLocalization(this IServiceCollection services) =>
        services.AddLocalization();

    public static IApplicationBuilder UseRegieLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UiCultures.Dutch),
            SupportedCultures = [.. UiCultures.All],
            SupportedUICultures = [.. UiCultures.All],
            RequestCultureProviders =
            [
                new CustomRequestCultureProvider(static context => Task.FromResult(FromCode(context.Request.Query["lang"]))),
                new CookieRequestCultureProvider { CookieName = CookieName },
            ],
        };
        return app.UseRequestLocalization(options);
    }

    private static ProviderCultureResult? FromCode(string? code) =>
        UiCultures.Find(code) is { } culture ? new ProviderCultureResult(culture.Name) : null;
}

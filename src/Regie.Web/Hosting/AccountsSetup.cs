using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regie.Storage;
using Regie.Storage.Identity;
using Regie.Web.Accounts;

namespace Regie.Web.Hosting;

/// <summary>
/// Accounts and sign-in (ADR 0009): ASP.NET Core Identity on the operational database, a session cookie for pages,
/// Identity's bearer tokens for the API (one scheme picks by the Authorization header), an optional OpenID Connect
/// provider, and the rate limits.
/// </summary>
internal static class AccountsSetup
{
    /// <summary>Picks the bearer scheme for requests with a bearer token and the session cookie otherwise.</summary>
    public const string CookieOrBearer = "Regie.CookieOrBearer";

    /// <summary>The minimum password length (<see cref="AccountRules"/>, shared with the <c>regie</c> command).</summary>
    public const int MinimumPasswordLength = AccountRules.MinimumPasswordLength;

    public static IServiceCollection AddRegieAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var authentication = services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme);
        authentication.AddIdentityCookies();
        authentication.AddRegieOpenIdConnect(configuration);

        services.AddIdentityCore<RegieUser>(AccountRules.Configure)
            .AddEntityFrameworkStores<RegieDbContext>()
            .AddClaimsPrincipalFactory<RegieClaimsFactory>()
            .AddApiEndpoints();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
            identity.SignIn.RequireConfirmedEmail = auth.Value.RequireConfirmedEmail);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AuthOptions>>(ConfigureSessionCookie);
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<AuthOptions>>((bearer, auth) =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromHours(Math.Min(1, auth.Value.SessionHours));
            bearer.RefreshTokenExpiration = TimeSpan.FromHours(auth.Value.SessionHours);
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AuthOptions>>((stamp, auth) =>
            stamp.ValidationInterval = TimeSpan.FromMinutes(auth.Value.SessionCheckMinutes));

        // Session cookies, bearer tokens and antiforgery tokens are protected with keys kept under REGIE_HOME, so a
        // restart does not sign everybody out. (Not while the build generates the OpenAPI document: no files then.)
        var dataProtection = services.AddDataProtection().SetApplicationName("Regie");
        if (!AnalyticalStoreStartup.IsBuildTimeDocumentGeneration())
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(RegieHome(configuration), "keys")));
        }
        services.AddScoped<AccountMails>();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services.AddRegieRateLimits(configuration);
    }

    /// <summary>Authentication, authorization and rate limits; after routing, before the output cache and antiforgery.</summary>
    public static IApplicationBuilder UseRegieAccounts(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization().UseRateLimiter();

    private static void ConfigureSessionCookie(CookieAuthenticationOptions cookie, IOptions<AuthOptions> auth)
    {
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(auth.Value.SessionHours);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = AccountPaths.SignIn;
        cookie.LogoutPath = AccountPaths.SignOut;
        cookie.ReturnUrlParameter = "returnUrl";
        // The events object is Identity's (it validates the security stamp); only the redirects change.
        cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden; // the status page says so in the reader's language
            return Task.CompletedTask;
        };
    }

    // The API answers 401 instead of sending a program to the sign-in page.
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorPages.IsApiRequest(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    internal static string RegieHome(IConfiguration configuration) =>
        Path.GetFullPath(configuration["REGIE_HOME"] is { Length: > 0 } home ? home : configuration["Data:Home"] ?? ".regie");
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Hosting;

/// <summary>
/// An external identity provider by OpenID Connect (authorization code flow with PKCE), registered only when
/// <c>Auth:OpenIdConnect</c> names an Authority and a ClientId. Its sign-in lands in Identity's external cookie;
/// the callback (<see cref="Accounts.ExternalSignIn"/>) signs in or creates the local account.
/// </summary>
internal static class OpenIdConnectSetup
{
    public static AuthenticationBuilder AddRegieOpenIdConnect(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = configuration.GetSection($"{AuthOptions.Section}:OpenIdConnect").Get<OpenIdConnectSettings>() ?? new();
        if (!settings.IsConfigured)
        {
            return authentication;
        }

        return authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.CallbackPath = "/signin-oidc";
            options.SaveTokens = false; // Regie calls nothing on the user's behalf
            options.GetClaimsFromUserInfoEndpoint = true;
            options.MapInboundClaims = false; // keep the standard names: sub, email, email_verified, name
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            // Userinfo claims are kept only when mapped; whether the address is verified decides account linking.
            options.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        });
    }
}

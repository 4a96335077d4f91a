using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Hosting;

/// <summary>Sign-in settings (configuration section "Auth"); ADR 0009 explains the defaults.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long a session lasts without use (sliding), and how long a refresh token for the API lives.</summary>
    [Range(0.25, 720)]
    public double SessionHours { get; set; } = 8;

    /// <summary>
    /// How often a session is checked against the account's security stamp, so that a password change or
    /// "sign out everywhere" ends other sessions within this time. 0 checks on every request.
    /// </summary>
    [Range(0, 60)]
    public double SessionCheckMinutes { get; set; } = 1;

    /// <summary>Refuse sign-in until the e-mail address is confirmed. Off by default: mail goes to a folder until SMTP is set up.</summary>
    public bool RequireConfirmedEmail { get; set; }

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}

/// <summary>An external identity provider (section "Auth:OpenIdConnect"); active only when Authority and ClientId are set.</summary>
internal sealed class OpenIdConnectSettings
{
    /// <summary>The authentication scheme's name; the callback path is <c>/signin-oidc</c>.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in button ("Aanmelden met …").</summary>
    public string DisplayName { get; set; } = "OpenID Connect";

    /// <summary>
    /// Link a first external sign-in to an existing local account with the same e-mail address even when the provider
    /// does not say the address is verified (<c>email_verified</c>). Only for a provider whose addresses the
    /// organisation controls, such as its own directory.
    /// </summary>
    public bool TrustEmail { get; set; }

    /// <summary>Refuse a provider whose metadata is not served over HTTPS (default); off only for a local test provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regie.Storage.Identity;

namespace Regie.Web.Accounts;

/// <summary>Adds the display name to the session, so the page header can greet the user without a database query.</summary>
internal sealed class RegieClaimsFactory(UserManager<RegieUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RegieUser>(users, options)
{
    public const string DisplayNameClaim = "regie:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RegieUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, DisplayNameOf(user)));
        return identity;
    }

    /// <summary>The name shown for an account: its display name, else its e-mail address.</summary>
    public static string DisplayNameOf(RegieUser user) => user.DisplayName is { Length: > 0 } name ? name : user.Email ?? user.UserName ?? "";

    /// <summary>The signed-in user's display name from the session.</summary>
    public static string? DisplayNameOf(ClaimsPrincipal principal) =>
        principal.FindFirst(DisplayNameClaim)?.Value ?? principal.Identity?.Name;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Regie.Storage.Identity;
using Regie.Web.Accounts;
using Regie.Web.Hosting;

namespace Regie.Web.Api;

/// <summary>
/// Accounts over HTTP: <c>/api/account/…</c>. ASP.NET Core Identity's endpoints (register, login with a bearer token
/// or cookie, refresh, confirm e-mail, forgot and reset password, two-factor, account info) plus <c>GET me</c>.
/// Every call counts against the sign-in rate limit (per client address, state-changing calls only).
/// </summary>
internal static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").RequireRateLimiting(RateLimits.SignIn);
        group.MapIdentityApi<RegieUser>();

        group.MapGet("/me", GetMeAsync)
            .RequireAuthorization()
            .WithName("GetMyAccount")
            .WithSummary("The signed-in account")
            .WithDescription("Id, display name and e-mail address of the account the bearer token or session cookie belongs to.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    private static async Task<Results<Ok<AccountDto>, NotFound>> GetMeAsync(ClaimsPrincipal principal, UserManager<RegieUser> users) =>
        await users.GetUserAsync(principal) is { } user ? TypedResults.Ok(user.ToDto()) : TypedResults.NotFound();
}

/// <summary>A sign-in account as the API shows it.</summary>
internal sealed record AccountDto(string Id, string DisplayName, string Email, bool EmailConfirmed, bool TwoFactorEnabled);

internal static class AccountDtoExtensions
{
    public static AccountDto ToDto(this RegieUser user) =>
        new(user.Id, RegieClaimsFactory.DisplayNameOf(user), user.Email ?? "", user.EmailConfirmed, user.TwoFactorEnabled);
}

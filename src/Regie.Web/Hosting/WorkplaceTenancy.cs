using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Regie.Workplace;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Hosting;

/// <summary>
/// Sets the request's <see cref="ITenantScope"/>: who is signed in and, on routes with an <c>{orgId}</c>, their
/// membership of that organisation. A non-member gets 404 (not 403), so the existence of another organisation does not
/// leak; storage then filters every query to the organisation (ADR 0008).
/// </summary>
internal static class WorkplaceTenancy
{
    public const string OrganisationRouteKey = "orgId";

    public static IApplicationBuilder UseWorkplaceTenancy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var routeOrganisation = context.GetRouteValue(OrganisationRouteKey) as string;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            if (routeOrganisation is not null)
            {
                await context.ChallengeAsync();
                return;
            }

            await next(context);
            return;
        }

        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "";
        var actor = WorkplaceActor.User(userId, Accounts.RegieClaimsFactory.DisplayNameOf(user) ?? email, email);
        var scope = context.RequestServices.GetRequiredService<ITenantScope>();
        if (routeOrganisation is not null)
        {
            var member = Guid.TryParse(routeOrganisation, out var organisationId)
                ? await context.RequestServices.GetRequiredService<IWorkplaceDb>().MembershipsOf(userId)
                    .AsNoTracking().FirstOrDefaultAsync(m => m.OrganisationId == organisationId, context.RequestAborted)
                : null;
            if (member is null)
            {
                // Pages get the 404 page (re-executed as a GET by ErrorPages.UseErrorPagesAsGet); the API a problem.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            actor = actor.In(member) with { Name = member.DisplayName };
        }

        scope.Enter(actor);
        await next(context);
    });
}

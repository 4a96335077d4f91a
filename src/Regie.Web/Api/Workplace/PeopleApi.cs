using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Web.Hosting;
using Regie.Workplace.People;

namespace Regie.Web.Api.Workplace;

/// <summary>Members, roles and invitations: <c>/api/orgs/{orgId}/members|invitations</c>, and accepting an invitation.</summary>
internal static class PeopleApi
{
    public const string InvitationsRateLimit = "invitations";

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("People").RequireAuthorization();
        org.MapGet("/members", Members).WithName("ListMembers");
        org.MapPut("/members/{memberId:guid}/roles", ChangeRoles).WithName("ChangeMemberRoles");
        org.MapDelete("/members/{memberId:guid}", Remove).WithName("RemoveMember");
        org.MapGet("/invitations", Pending).WithName("ListInvitations");
        org.MapPost("/invitations", Invite).WithName("InviteMember").RequireRateLimiting(InvitationsRateLimit)
            .WithDescription("Mails an invitation link (by default written to the mail folder under REGIE_HOME) and returns it once.");
        org.MapDelete("/invitations/{invitationId:guid}", Revoke).WithName("RevokeInvitation");
        app.MapPost("/api/invitations/accept", Accept).WithTags("People").WithName("AcceptInvitation").RequireAuthorization()
            .RequireRateLimiting(InvitationsRateLimit);
        return app;
    }

    private static async Task<Results<Ok<MemberDto[]>, ValidationProblem, ProblemHttpResult>> Members(Regie.Workplace.Organisations.OrganisationQueries queries, CancellationToken ct) =>
        (await queries.MembersAsync(ct)).ToHttp(m => TypedResults.Ok(m.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> ChangeRoles(
        Guid memberId, RolesRequest body, Membership membership, CancellationToken ct) =>
        (await membership.ChangeRolesAsync(memberId, body.Roles, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> Remove(Guid memberId, Membership membership, CancellationToken ct) =>
        (await membership.RemoveAsync(memberId, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<InvitationDto[]>, ValidationProblem, ProblemHttpResult>> Pending(Regie.Workplace.Organisations.OrganisationQueries queries, CancellationToken ct) =>
        (await queries.PendingInvitationsAsync(ct)).ToHttp(i => TypedResults.Ok(i.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Ok<InvitationSentDto>, ValidationProblem, ProblemHttpResult>> Invite(
        InviteRequest body, Membership membership, HttpContext http, CancellationToken ct)
    {
        var result = await membership.InviteAsync(body.Email, body.Roles, InvitationLinks.AcceptUrl(http.Request), InvitationLinks.MailText(), ct);
        return result.ToHttp(s => TypedResults.Ok(new InvitationSentDto(s.Invitation.Id, s.Invitation.Email, s.Invitation.Roles, s.Invitation.ExpiresAt, s.Link)));
    }

    private static async Task<Results<Ok<InvitationDto>, ValidationProblem, ProblemHttpResult>> Revoke(Guid invitationId, Membership membership, CancellationToken ct) =>
        (await membership.RevokeAsync(invitationId, ct)).ToHttp(i => TypedResults.Ok(i.ToDto()));

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> Accept(
        AcceptInvitationRequest body, Membership membership, CancellationToken ct) =>
        (await membership.AcceptAsync(body.Token, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));
}

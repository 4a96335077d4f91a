using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Messaging;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.People;

/// <summary>Inviting people by e-mail link, accepting, changing roles and removing members.</summary>
public sealed class Membership(IWorkplaceDb db, ITenantScope scope, IOutbox outbox, TimeProvider time)
{
    /// <summary>How long an invitation link stays valid.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Invites a person by e-mail with the given roles. The mail carries <paramref name="acceptUrl"/> with the secret
    /// appended; only the secret's hash is stored. Returns the invitation and the full link (shown once to the
    /// administrator as well, for when mail is not set up).
    /// </summary>
    public async Task<Result<InvitationSent>> InviteAsync(string? email, Role roles, Func<string, string> acceptUrl, InvitationText text, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMembers) is { } denied)
        {
            return denied;
        }

        var address = Validation.Clean(email);
        var check = new Validation().Check(IsEmail(address), "Email", "Enter a valid e-mail address.");
        check.Check(roles != Role.None && (roles & ~PermissionMatrix.AllRoles.Aggregate(Role.None, (a, r) => a | r)) == Role.None,
            "Roles", "Choose at least one role.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        // E-mail addresses are stored in lower case, so equality finds a member however the address was typed.
        address = address!.ToLowerInvariant();
        if (await db.Members.AnyAsync(m => m.Email == address, ct))
        {
            return new AlreadyMember(address);
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            Email = address,
            Roles = roles,
            TokenHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + InvitationLifetime,
            InvitedByMemberId = scope.Actor.MemberId ?? Guid.Empty,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var link = acceptUrl(secret);
        var organisation = await db.Organisations.Select(o => o.Name).SingleAsync(ct);
        await outbox.SendAsync(text.Compose(address, organisation, scope.Actor.Name, roles, link, invitation.ExpiresAt), ct);
        return new InvitationSent(invitation, link);
    }

    /// <summary>Accepts an invitation for the signed-in account; the account becomes a member with the invited roles.</summary>
    public async Task<Result<Member>> AcceptAsync(string? secret, CancellationToken ct)
    {
        var actor = scope.Actor;
        if (string.IsNullOrWhiteSpace(secret) || actor.Email is null
            || await db.FindInvitationAsync(Hash(secret.Trim()), ct) is not { } invitation
            || !invitation.IsOpen(time.GetUtcNow()))
        {
            return new InvitationNotValid();
        }

        if (!string.Equals(invitation.Email, actor.Email, StringComparison.OrdinalIgnoreCase))
        {
            // The link is a secret, but a forwarded link must not let someone else in: the account must be the invitee's.
            return new InvitationForAnotherAddress();
        }

        scope.Enter(actor with { OrganisationId = invitation.OrganisationId, Roles = Role.None, MemberId = null });
        if (await db.Members.AnyAsync(m => m.UserId == actor.ActorId, ct))
        {
            scope.Enter(actor);
            return new AlreadyMember(actor.Email);
        }

        var member = new Member
        {
            Id = Guid.NewGuid(),
            OrganisationId = invitation.OrganisationId,
            UserId = actor.ActorId,
            DisplayName = actor.Name,
            Email = actor.Email.ToLowerInvariant(),
            Roles = invitation.Roles,
            JoinedAt = time.GetUtcNow(),
        };
        invitation.AcceptedAt = member.JoinedAt;
        db.Members.Add(member);
        scope.Enter(actor.In(member));
        await db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<Result<Member>> ChangeRolesAsync(Guid memberId, Role roles, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMembers) is { } denied)
        {
            return denied;
        }

        if (await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct) is not { } member)
        {
            return new WorkplaceNotFound("Member", memberId);
        }

        if (roles == Role.None)
        {
            return ValidationError.For("Roles", "Choose at least one role.");
        }

        if (member.Roles.HasFlag(Role.OrgAdmin) && !roles.HasFlag(Role.OrgAdmin) && !await OtherAdminExistsAsync(memberId, ct))
        {
            return new LastAdministrator();
        }

        member.Roles = roles;
        await db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<Result<Member>> RemoveAsync(Guid memberId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMembers) is { } denied)
        {
            return denied;
        }

        if (await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct) is not { } member)
        {
            return new WorkplaceNotFound("Member", memberId);
        }

        if (member.Roles.HasFlag(Role.OrgAdmin) && !await OtherAdminExistsAsync(memberId, ct))
        {
            return new LastAdministrator();
        }

        db.Members.Remove(member);
        await db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<Result<Invitation>> RevokeAsync(Guid invitationId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMembers) is { } denied)
        {
            return denied;
        }

        if (await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct) is not { } invitation)
        {
            return new WorkplaceNotFound("Invitation", invitationId);
        }

        invitation.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return invitation;
    }

    private Task<bool> OtherAdminExistsAsync(Guid memberId, CancellationToken ct) =>
        db.Members.AnyAsync(m => m.Id != memberId && ((int)m.Roles & (int)Role.OrgAdmin) != 0, ct);

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    internal static bool IsEmail(string? text) =>
        text is { Length: <= 256 } && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && text.Contains('.', StringComparison.Ordinal);
}

/// <summary>An invitation just made, with the link that was mailed.</summary>
public sealed record InvitationSent(Invitation Invitation, string Link);

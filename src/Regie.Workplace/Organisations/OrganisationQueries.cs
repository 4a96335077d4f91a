using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Organisations;

/// <summary>An organisation the signed-in account belongs to, with its roles there.</summary>
public sealed record MyOrganisation(Guid Id, string Name, Role Roles);

/// <summary>Read views of an organisation's structure and people, each behind its permission.</summary>
public sealed class OrganisationQueries(IWorkplaceDb db, ITenantScope scope)
{
    /// <summary>The organisations of an account (across tenants: the account's own memberships only).</summary>
    public async Task<IReadOnlyList<MyOrganisation>> MineAsync(string userId, CancellationToken ct)
    {
        var memberships = await db.MembershipsOf(userId).AsNoTracking().ToListAsync(ct);
        var result = new List<MyOrganisation>();
        var actor = scope.Actor;
        foreach (var m in memberships)
        {
            scope.Enter(actor with { OrganisationId = m.OrganisationId });
            var name = await db.Organisations.AsNoTracking().Select(o => o.Name).SingleAsync(ct);
            result.Add(new MyOrganisation(m.OrganisationId, name, m.Roles));
        }

        scope.Enter(actor);
        return [.. result.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(o => o.Id)];
    }

    public async Task<Result<Organisation>> CurrentAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewOrganisation) is { } denied ? denied
        : await db.Organisations.AsNoTracking().SingleAsync(ct);

    public async Task<Result<IReadOnlyList<OrgUnit>>> UnitsAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewStructure) is { } denied ? denied
        : await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);

    public async Task<Result<IReadOnlyList<WorkerGroup>>> WorkerGroupsAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewStructure) is { } denied ? denied
        : await db.WorkerGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(ct);

    public async Task<Result<IReadOnlyList<JobProfile>>> JobProfilesAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewStructure) is { } denied ? denied
        : await db.JobProfiles.AsNoTracking().OrderBy(p => p.Title).ToListAsync(ct);

    public async Task<Result<JobProfile>> JobProfileAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewStructure) is { } denied)
        {
            return denied;
        }

        var profile = await db.JobProfiles.AsNoTracking().Include(p => p.Tasks).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null)
        {
            return new WorkplaceNotFound("Job profile", id);
        }

        profile.Tasks.Sort((a, b) => a.Position.CompareTo(b.Position));
        return profile;
    }

    public async Task<Result<IReadOnlyList<Member>>> MembersAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewMembers) is { } denied ? denied
        : await db.Members.AsNoTracking().OrderBy(m => m.DisplayName).ThenBy(m => m.Email).ToListAsync(ct);

    /// <summary>Invitations not yet accepted or revoked (expired ones included, marked by their date).</summary>
    public async Task<Result<IReadOnlyList<Invitation>>> PendingInvitationsAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ManageMembers) is { } denied ? denied
        : await db.Invitations.AsNoTracking().Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .OrderBy(i => i.Email).ToListAsync(ct);
}

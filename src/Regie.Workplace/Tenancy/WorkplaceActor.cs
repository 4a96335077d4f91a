using Regie.Workplace.People;

namespace Regie.Workplace.Tenancy;

/// <summary>
/// Who is acting, in which organisation, with which roles. Hosts set it once per request or command
/// (<see cref="ITenantScope"/>); storage filters by its organisation and writes it into the audit log.
/// </summary>
public sealed record WorkplaceActor(
    string ActorId, string Name, Guid? OrganisationId, Guid? MemberId, Role Roles, string? Email = null)
{
    /// <summary>Nobody yet: sees no organisation's data.</summary>
    public static WorkplaceActor Anonymous { get; } = new("anonymous", "anonymous", null, null, Role.None);

    /// <summary>A signed-in account outside any organisation (creating one, accepting an invitation).</summary>
    public static WorkplaceActor User(string userId, string name, string email) =>
        new(userId, name, null, null, Role.None, email);

    /// <summary>The same account acting as a member of an organisation.</summary>
    public WorkplaceActor In(Member member) => this with
    {
        OrganisationId = member.OrganisationId,
        MemberId = member.Id,
        Roles = member.Roles,
    };

    /// <summary>An administrator's command-line session or the demo seeder acting on one organisation.</summary>
    public static WorkplaceActor System(string name, Guid organisationId) =>
        new($"system:{name}", name, organisationId, null, Role.None);

    public bool Can(Permission permission) => Roles.Allows(permission);
}

/// <summary>Holds the current actor for a request or command; scoped.</summary>
public interface ITenantScope
{
    WorkplaceActor Actor { get; }

    /// <summary>Sets the actor; hosts call this after authenticating and resolving the membership.</summary>
    void Enter(WorkplaceActor actor);
}

/// <summary>The default <see cref="ITenantScope"/>.</summary>
public sealed class TenantScope : ITenantScope
{
    public WorkplaceActor Actor { get; private set; } = WorkplaceActor.Anonymous;

    public void Enter(WorkplaceActor actor) => Actor = actor;
}

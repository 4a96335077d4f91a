using Regie.Core.Results;
using Regie.Workplace.People;

namespace Regie.Workplace.Tenancy;

/// <summary>The permission check every use case starts with; the roles come from the actor's membership.</summary>
internal static class Access
{
    /// <summary>Null when the actor may; otherwise the error to return. System actors (CLI, seeding) may all.</summary>
    public static Error? Deny(this WorkplaceActor actor, Permission permission) =>
        actor.OrganisationId is null ? new NotAllowed(permission)
        : actor.ActorId.StartsWith("system:", StringComparison.Ordinal) || actor.Can(permission) ? null
        : new NotAllowed(permission);
}

using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Concerns;

/// <summary>
/// The actor an anonymous raiser acts as: the same for everybody, so the audit log, the rows and the logs carry no
/// account, member, name or role of the person — even when a signed-in member raises a concern anonymously.
/// </summary>
public static class ConcernRaiser
{
    /// <summary>The actor id written into the audit log for every anonymous raiser.</summary>
    public const string ActorId = "anonymous-raiser";

    /// <summary>The anonymous raiser in one organisation; holds no role, so no permission is ever granted to it.</summary>
    public static WorkplaceActor In(Guid organisationId) => new(ActorId, "Anonymous raiser", organisationId, null, Role.None);

    /// <summary>Acts as <paramref name="actor"/> until the returned value is disposed; then the previous actor is back.</summary>
    internal static IDisposable ActAs(this ITenantScope scope, WorkplaceActor actor)
    {
        var before = scope.Actor;
        scope.Enter(actor);
        return new Restore(scope, before);
    }

    private sealed class Restore(ITenantScope scope, WorkplaceActor before) : IDisposable
    {
        public void Dispose() => scope.Enter(before);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Workplace;

/// <summary>
/// One unit of work of a workplace command: a service scope (one database context, one tenant scope) in which the
/// command calls the use cases, acting as whom <see cref="Enter"/> says.
/// </summary>
internal sealed class WorkplaceSession(AsyncServiceScope scope) : IAsyncDisposable
{
    /// <summary>The organisation entered with <see cref="Enter"/>, if any.</summary>
    public Guid? OrganisationId => Get<ITenantScope>().Actor.OrganisationId;

    public RegieDbContext Db => Get<RegieDbContext>();

    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A use case built from this scope's services, with some of its dependencies given (e.g. another outbox).</summary>
    public T Create<T>(params object[] given) => ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, given);

    /// <summary>Acts as <paramref name="actor"/> from now on (use cases read the actor on every call).</summary>
    public void Enter(WorkplaceActor actor) => Get<ITenantScope>().Enter(actor);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

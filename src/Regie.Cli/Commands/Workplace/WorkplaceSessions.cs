using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Core.Results;
using Regie.Workplace;

namespace Regie.Cli.Commands.Workplace;

/// <summary>Opens <see cref="WorkplaceSession"/>s once the operational database is ready.</summary>
internal sealed class WorkplaceSessions(IServiceScopeFactory scopes, OperationalDatabase database)
{
    /// <summary>A session acting as nobody yet; a conflict when PostgreSQL has migrations pending.</summary>
    public async Task<Result<WorkplaceSession>> OpenAsync(Texts texts, CancellationToken ct)
    {
        var pending = await database.PrepareAsync(ct);
        return pending.Count > 0
            ? new CliConflict(texts.Format("Db.PendingRunMigrate", pending.Count, database.Describe()))
            : new WorkplaceSession(scopes.CreateAsyncScope());
    }

    /// <summary>A session inside the organisation with id <paramref name="id"/>, acting as the CLI's system actor.</summary>
    public async Task<Result<WorkplaceSession>> OpenOrganisationAsync(string? id, Texts texts, CancellationToken ct)
    {
        if (!Guid.TryParse(id?.Trim(), out var organisationId))
        {
            return ValidationError.For("id", texts.Format("Org.BadId", id));
        }

        var opened = await OpenAsync(texts, ct);
        if (!opened.TryGetValue(out var session))
        {
            return opened.Error!; // TryGetValue is false only with an error
        }

        if (!await session.Get<IWorkplaceDb>().AllOrganisations().AnyAsync(o => o.Id == organisationId, ct))
        {
            await session.DisposeAsync();
            return new CliNotFound(texts.Format("Org.NotFound", organisationId));
        }

        session.Enter(CliActor.In(organisationId));
        return session;
    }
}

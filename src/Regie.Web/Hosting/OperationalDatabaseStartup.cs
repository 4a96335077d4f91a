using Microsoft.Extensions.Options;
using Regie.Storage;

namespace Regie.Web.Hosting;

/// <summary>The operational database (accounts, workplace) is ready before the first request is served.</summary>
internal static class OperationalDatabaseStartup
{
    /// <summary>
    /// With the embedded SQLite default, applies pending migrations so that one command starts Regie (README).
    /// PostgreSQL deployments run <c>regie db migrate</c> instead (STYLE §6: migrations are a deliberate step on a
    /// shared server); the host then only warns when migrations are pending.
    /// </summary>
    public static async Task EnsureOperationalDatabaseAsync(this WebApplication app)
    {
        if (AnalyticalStoreStartup.IsBuildTimeDocumentGeneration())
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.Web.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>();
        var ct = app.Lifetime.ApplicationStopping;
        if (scope.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite)
        {
            var applied = await migrator.MigrateAsync(ct);
            if (applied.Count > 0)
            {
                logger.LogInformation("Operational database: applied {Count} migration(s), newest {Migration}", applied.Count, applied[^1]);
            }

            return;
        }

        var pending = await migrator.PendingAsync(ct);
        if (pending.Count > 0)
        {
            logger.LogWarning("Operational database: {Count} migration(s) pending; run `regie db migrate`", pending.Count);
        }
    }
}

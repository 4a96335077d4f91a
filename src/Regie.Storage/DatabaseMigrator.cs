using Microsoft.EntityFrameworkCore;

namespace Regie.Storage;

/// <summary>Brings the operational database to the newest schema (<c>regie db migrate</c>).</summary>
public interface IDatabaseMigrator
{
    /// <summary>The migrations not yet applied, oldest first.</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct);

    /// <summary>Applies every pending migration; returns the ones applied.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct);
}

/// <remarks>Migrates the operational database and the pulse vault (its own context and history table).</remarks>
internal sealed class DatabaseMigrator(RegieDbContext db, Pulse.PulseVaultDbContext vault) : IDatabaseMigrator
{
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) =>
        [.. await db.Database.GetPendingMigrationsAsync(ct), .. await vault.Database.GetPendingMigrationsAsync(ct)];

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        var pending = await PendingAsync(ct);
        await db.Database.MigrateAsync(ct);
        await vault.Database.MigrateAsync(ct);
        return pending;
    }
}

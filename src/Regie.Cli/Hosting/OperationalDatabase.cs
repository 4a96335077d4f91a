using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;

namespace Regie.Cli.Hosting;

/// <summary>
/// The operational database (accounts, workplace) as the CLI sees it: which one it is, for messages (never with its
/// password), and its migrations. <see cref="PrepareAsync"/> follows the web host: the embedded SQLite default is
/// brought up to date on first use, PostgreSQL waits for a deliberate <c>regie db migrate</c> (STYLE §6).
/// </summary>
internal sealed class OperationalDatabase(IConfiguration configuration, IServiceScopeFactory scopes)
{
    /// <summary>Regie's own folder (REGIE_HOME, else Data:Home, else ./.regie), as a full path; the SQLite file and the mail folder live here.</summary>
    public string Home => Path.GetFullPath(configuration["REGIE_HOME"] is { Length: > 0 } home ? home : configuration["Data:Home"] ?? ".regie");

    public StorageProvider Provider =>
        configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;

    /// <summary>"SQLite /home/me/.regie/regie.db" or "PostgreSQL 127.0.0.1:5432/regie (user regie)": no password, no other keys.</summary>
    public string Describe()
    {
        var provider = Provider;
        var parts = new DbConnectionStringBuilder { ConnectionString = Storage.ServiceCollectionExtensions.ConnectionString(configuration, provider) };
        string? Part(params string[] keys) =>
            keys.Select(k => parts.TryGetValue(k, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null)
                .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (provider == StorageProvider.Sqlite)
        {
            return $"SQLite {Part("Data Source", "DataSource", "Filename") ?? "?"}";
        }

        var user = Part("Username", "User ID", "User Name", "UserID", "User");
        var address = $"{Part("Host", "Server") ?? "localhost"}{(Part("Port") is { } port ? ":" + port : "")}/{Part("Database", "DB") ?? "?"}";
        return user is null ? $"PostgreSQL {address}" : $"PostgreSQL {address} (user {user})";
    }

    public Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) => WithMigratorAsync(m => m.PendingAsync(ct));

    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct) => WithMigratorAsync(m => m.MigrateAsync(ct));

    /// <summary>
    /// Before a workplace command: SQLite is migrated (as the web host does at start); PostgreSQL must already be
    /// current. Returns the pending migrations that stop the command (empty when it may go on).
    /// </summary>
    public async Task<IReadOnlyList<string>> PrepareAsync(CancellationToken ct)
    {
        if (Provider == StorageProvider.Sqlite)
        {
            await MigrateAsync(ct);
            return [];
        }

        return await PendingAsync(ct);
    }

    private async Task<IReadOnlyList<string>> WithMigratorAsync(Func<IDatabaseMigrator, Task<IReadOnlyList<string>>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>());
    }
}

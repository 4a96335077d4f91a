using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Regie.TestKit.Databases;

/// <summary>
/// A named in-memory SQLite database in shared-cache mode. An in-memory database lives as long as one connection
/// to it is open, so this handle holds one open until it is disposed; every connection made with
/// <see cref="TestDatabase.ConnectionString"/> meanwhile sees the same data. Shared cache locks whole tables:
/// two connections writing at once get SQLITE_LOCKED instead of waiting.
/// </summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly SqliteConnection _keepAlive;

    private SqliteDatabase(SqliteConnection keepAlive)
        : base(keepAlive.ConnectionString) => _keepAlive = keepAlive;

    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    public static async Task<SqliteDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"regie_test_{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        try
        {
            await keepAlive.OpenAsync(cancellationToken);
            return new SqliteDatabase(keepAlive);
        }
        catch
        {
            await keepAlive.DisposeAsync();
            throw;
        }
    }

    public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

    public override async ValueTask DisposeAsync()
    {
        // Pooled connections would keep the database alive after the last one in use closes.
        SqliteConnection.ClearPool(_keepAlive);
        await _keepAlive.DisposeAsync();
    }
}

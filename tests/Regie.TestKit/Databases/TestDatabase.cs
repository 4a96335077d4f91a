using System.Data.Common;

namespace Regie.TestKit.Databases;

/// <summary>
/// An empty database that belongs to one test: create it at the start of the test with
/// <see cref="TestDatabases.CreateAsync"/> and dispose it at the end (<c>await using</c>), which removes it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    private protected TestDatabase(string connectionString) => ConnectionString = connectionString;

    public abstract DatabaseKind Kind { get; }

    /// <summary>The connection string for the kind's ADO.NET provider (Microsoft.Data.Sqlite or Npgsql).</summary>
    public string ConnectionString { get; }

    /// <summary>A new, closed connection to this database, for checks in plain SQL.</summary>
    public abstract DbConnection CreateConnection();

    public abstract ValueTask DisposeAsync();
}

using System.Data.Common;
using Npgsql;

namespace Regie.TestKit.Databases;

/// <summary>A database of its own on the test server, dropped on dispose even while connections are open.</summary>
public sealed class PostgresDatabase : TestDatabase
{
    private readonly PostgresServer _server;

    internal PostgresDatabase(PostgresServer server, string name, string connectionString)
        : base(connectionString)
    {
        _server = server;
        Name = name;
    }

    public override DatabaseKind Kind => DatabaseKind.Postgres;

    /// <summary>The database's name on the server, <c>regie_test_</c> and 32 hexadecimal digits.</summary>
    public string Name { get; }

    public override DbConnection CreateConnection() => new NpgsqlConnection(ConnectionString);

    public override async ValueTask DisposeAsync()
    {
        // Idle pooled connections are closed here; WITH (FORCE) ends any still in use.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await _server.DropDatabaseAsync(Name);
    }
}

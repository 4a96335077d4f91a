using Npgsql;

namespace Regie.TestKit.Databases;

/// <summary>
/// The PostgreSQL server that tests may use, named by REGIE_TEST_POSTGRES: an Npgsql connection string to a
/// maintenance database, as a user who may create databases, such as
/// <c>Host=127.0.0.1;Port=54320;Username=regie;Database=postgres</c>. <c>.ci/run</c> and
/// <c>tools/postgres-dev</c> start a throw-away server and set it. Each test gets its own database.
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "REGIE_TEST_POSTGRES";

    public PostgresServer(string? connectionString) =>
        ConnectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;

    /// <summary>The connection string to the maintenance database, or null when there is no server.</summary>
    public string? ConnectionString { get; }

    public bool IsAvailable => ConnectionString is not null;

    /// <summary>Why PostgreSQL tests cannot run, or null when they can.</summary>
    public string? SkipReason => IsAvailable
        ? null
        : $"PostgreSQL tests need {Variable} (run .ci/run or tools/postgres-dev)";

    /// <summary>The server named by the environment variable now.</summary>
    public static PostgresServer FromEnvironment() => new(Environment.GetEnvironmentVariable(Variable));

    /// <summary>
    /// Creates an empty database with a unique name; skips the calling test, with <see cref="SkipReason"/>,
    /// when there is no server.
    /// </summary>
    public async Task<PostgresDatabase> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var name = $"regie_test_{Guid.NewGuid():N}";
        // template0 is never connected to, so tests creating databases at once do not block each other.
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(MaintenanceConnectionString()) { Database = name };
        return new PostgresDatabase(this, name, connectionString.ConnectionString);
    }

    internal Task DropDatabaseAsync(string name) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(MaintenanceConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string MaintenanceConnectionString()
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(ConnectionString).ConnectionString;
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(
                $"{Variable} is not an Npgsql connection string ({exception.Message}); expected, for example, " +
                "Host=127.0.0.1;Port=54320;Username=regie;Database=postgres", exception);
        }
    }
}

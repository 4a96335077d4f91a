using Npgsql;
using Regie.TestKit.Databases;
using Xunit.Sdk;

namespace Regie.Storage.Tests.Databases;

public sealed class PostgresServerTests
{
    private const string Reason = "PostgreSQL tests need REGIE_TEST_POSTGRES (run .ci/run or tools/postgres-dev)";

    [Fact]
    public async Task Creates_an_empty_database_that_answers_queries()
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        await using var database = await PostgresServer.FromEnvironment().CreateDatabaseAsync(cancellationToken);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        Assert.Equal(database.Name, await ScalarAsync<string>(connection, "select current_database()"));
        Assert.Equal(1, await ScalarAsync<int>(connection, "select 1"));
        Assert.Equal(0L, await ScalarAsync<long>(connection, "select count(*) from pg_tables where schemaname = 'public'"));
    }

    [Fact]
    public async Task Disposing_drops_the_database_even_with_a_connection_open()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var server = PostgresServer.FromEnvironment();
        var database = await server.CreateDatabaseAsync(cancellationToken);
        await using var open = new NpgsqlConnection(database.ConnectionString);
        await open.OpenAsync(cancellationToken);

        await database.DisposeAsync();

        await using var maintenance = new NpgsqlConnection(server.ConnectionString);
        await maintenance.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select count(*) from pg_database where datname = $1", maintenance);
        command.Parameters.Add(new NpgsqlParameter { Value = database.Name });
        Assert.Equal(0L, await command.ExecuteScalarAsync(cancellationToken));
    }

    [Fact]
    public async Task Two_databases_have_different_names()
    {
        var server = PostgresServer.FromEnvironment();

        await using var first = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        await using var second = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first.Name, second.Name);
        Assert.Matches("^regie_test_[0-9a-f]{32}$", first.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_connection_string_it_is_unavailable_and_says_why(string? connectionString)
    {
        var server = new PostgresServer(connectionString);

        Assert.False(server.IsAvailable);
        Assert.Equal(Reason, server.SkipReason);
    }

    [Fact]
    public void With_a_connection_string_it_is_available()
    {
        var server = new PostgresServer("Host=127.0.0.1;Port=54320;Username=regie;Database=postgres");

        Assert.True(server.IsAvailable);
        Assert.Null(server.SkipReason);
    }

    [Fact]
    public async Task Creating_a_database_without_a_server_skips_the_test_with_the_reason()
    {
        var server = new PostgresServer(null);

        // Assert.ThrowsAsync lets a SkipException through on purpose (the test would be skipped), so catch it here.
        SkipException? skip = null;
        try
        {
            await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        }
        catch (SkipException exception)
        {
            skip = exception;
        }

        Assert.NotNull(skip);
        Assert.EndsWith(Reason, skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_is_not_a_connection_string_fails_with_the_variable_named()
    {
        var server = new PostgresServer("postgres://regie@127.0.0.1/postgres");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => server.CreateDatabaseAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("REGIE_TEST_POSTGRES is not an Npgsql connection string", error.Message, StringComparison.Ordinal);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!; // The queries return one non-null value.
    }
}

using Microsoft.Data.Sqlite;
using Regie.TestKit.Databases;

namespace Regie.Storage.Tests.Databases;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task Keeps_its_data_between_connections_while_open()
    {
        await using var database = await SqliteDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(database.ConnectionString, "create table note (text text); insert into note values ('kept')");

        var text = await ScalarAsync(database.ConnectionString, "select text from note");

        Assert.Equal("kept", text);
    }

    [Fact]
    public async Task Disposing_removes_the_database()
    {
        var database = await SqliteDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(database.ConnectionString, "create table note (text text)");

        await database.DisposeAsync();

        Assert.Equal(0L, await ScalarAsync(database.ConnectionString, "select count(*) from sqlite_master"));
    }

    [Fact]
    public async Task Two_databases_do_not_share_tables()
    {
        await using var first = await SqliteDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var second = await SqliteDatabase.CreateAsync(TestContext.Current.CancellationToken);

        await ExecuteAsync(first.ConnectionString, "create table note (text text)");

        Assert.NotEqual(first.ConnectionString, second.ConnectionString);
        Assert.Equal(0L, await ScalarAsync(second.ConnectionString, "select count(*) from sqlite_master"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}

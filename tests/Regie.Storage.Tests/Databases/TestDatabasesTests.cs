using System.Globalization;
using Regie.TestKit.Databases;

namespace Regie.Storage.Tests.Databases;

public sealed class TestDatabasesTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Creates_a_database_of_the_kind_asked_for(DatabaseKind kind)
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        await using var database = await TestDatabases.CreateAsync(kind, cancellationToken);

        Assert.Equal(kind, database.Kind);
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        Assert.Equal(1L, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture));
    }
}

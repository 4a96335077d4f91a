namespace Regie.TestKit.Databases;

/// <summary>Creates a <see cref="TestDatabase"/> of either kind, so that one test class covers both engines.</summary>
/// <remarks>
/// A storage test takes the kind as its argument and runs once per kind. SQLite always runs. PostgreSQL runs
/// when REGIE_TEST_POSTGRES is set (<c>.ci/run</c> and <c>tools/postgres-dev</c> set it); otherwise
/// <see cref="CreateAsync"/> skips the test with <see cref="PostgresServer.SkipReason"/>, so the skip shows in
/// the results. <c>.ci/run</c> fails on any skip. Each test owns its database, so tests run in parallel.
/// <code>
/// public sealed class ScreeningStoreTests
/// {
///     [Theory]
///     [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
///     public async Task Keeps_a_screening(DatabaseKind kind)
///     {
///         await using var database = await TestDatabases.CreateAsync(kind, TestContext.Current.CancellationToken);
///         // Point the storage at database.ConnectionString, act, assert.
///     }
/// }
/// </code>
/// </remarks>
public static class TestDatabases
{
    /// <summary>Every kind, as theory data: one test case per kind, each named with its kind.</summary>
    public static TheoryData<DatabaseKind> Kinds => new(Enum.GetValues<DatabaseKind>());

    /// <summary>A new empty database of <paramref name="kind"/>; skips the test when its server is not there.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind, CancellationToken cancellationToken) => kind switch
    {
        DatabaseKind.Sqlite => await SqliteDatabase.CreateAsync(cancellationToken),
        DatabaseKind.Postgres => await PostgresServer.FromEnvironment().CreateDatabaseAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown database kind."),
    };
}

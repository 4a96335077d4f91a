using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;
using Regie.TestKit.Databases;

namespace Regie.Cli.Tests.Commands.Db;

public sealed class DbCommandsTests(RegieHome shared)
{
    [Fact]
    public async Task A_fresh_home_has_every_migration_pending_and_status_exits_with_5()
    {
        using var home = new WorkplaceHome(shared);

        var status = await home.RunAsync("db", "status", "--lang", "en");

        Assert.Equal(5, status.ExitCode);
        Assert.Contains("migration(s) pending for SQLite", status.Output, StringComparison.Ordinal);
        Assert.Contains("_Initial", status.Output, StringComparison.Ordinal);
        Assert.Contains("regie db migrate", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_a_fresh_home_applies_every_migration_and_then_status_is_up_to_date()
    {
        using var home = new WorkplaceHome(shared);

        var migrate = await home.RunAsync("db", "migrate", "--json");
        var status = await home.RunAsync("db", "status", "--json");

        Assert.Equal(0, migrate.ExitCode);
        using var applied = JsonDocument.Parse(migrate.Output);
        Assert.Equal($"SQLite {Path.Combine(home.Path, "regie.db")}", applied.RootElement.GetProperty("database").GetString());
        Assert.Contains(applied.RootElement.GetProperty("applied").EnumerateArray(), m => m.GetString()!.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Output);
        Assert.True(json.RootElement.GetProperty("upToDate").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("pending").GetArrayLength());
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        using var home = new WorkplaceHome(shared);
        await home.RunAsync("db", "migrate");

        var again = await home.RunAsync("db", "migrate", "--json");

        Assert.Equal(0, again.ExitCode);
        using var json = JsonDocument.Parse(again.Output);
        Assert.Equal(0, json.RootElement.GetProperty("applied").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Migrate_brings_either_provider_up_to_date(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind, TestContext.Current.CancellationToken);
        using var home = new WorkplaceHome(shared);
        home.Settings["Storage:Provider"] = kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite";
        home.Settings["ConnectionStrings:Regie"] = database.ConnectionString;

        var before = await home.RunAsync("db", "status");
        var migrate = await home.RunAsync("db", "migrate");
        var after = await home.RunAsync("db", "status");

        Assert.Equal(5, before.ExitCode);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains(kind == DatabaseKind.Postgres ? "PostgreSQL" : "SQLite", migrate.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_one_line_with_exit_code_1_and_no_password()
    {
        using var home = new WorkplaceHome(shared);
        home.Settings["Storage:Provider"] = "Postgres";
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        home.Settings["ConnectionStrings:Regie"] = "Host=127.0.0.1;Port=1;Database=regie;Username=regie;Password=hunter2-not-shown;Timeout=5";

        var run = await home.RunAsync("db", "migrate", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("regie: cannot use the operational database (PostgreSQL 127.0.0.1:1/regie (user regie)): ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workplace_command_on_PostgreSQL_with_pending_migrations_asks_for_db_migrate()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseKind.Postgres, TestContext.Current.CancellationToken);
        using var home = new WorkplaceHome(shared);
        home.Settings["Storage:Provider"] = "Postgres";
        home.Settings["ConnectionStrings:Regie"] = database.ConnectionString;

        var run = await home.RunAsync("org", "list", "--lang", "en");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("Run regie db migrate first.", run.Error, StringComparison.Ordinal);
    }
}

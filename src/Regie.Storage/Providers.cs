using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Regie.Workplace.Tenancy;

namespace Regie.Storage;

/// <summary>The SQLite flavour (embedded default); its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteRegieDbContext(DbContextOptions<SqliteRegieDbContext> options, ITenantScope scope, TimeProvider time)
    : RegieDbContext(options, scope, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite has no date-time type that sorts with an offset; store UTC ticks so ordering and comparison work.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The PostgreSQL flavour (production); its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresRegieDbContext(DbContextOptions<PostgresRegieDbContext> options, ITenantScope scope, TimeProvider time)
    : RegieDbContext(options, scope, time);

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteRegieDbContext</c> build the model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegieDbContext>
{
    public SqliteRegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite("Data Source=design.db").Options,
            new TenantScope(), TimeProvider.System);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresRegieDbContext</c> build the model.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRegieDbContext>
{
    public PostgresRegieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            new TenantScope(), TimeProvider.System);
}

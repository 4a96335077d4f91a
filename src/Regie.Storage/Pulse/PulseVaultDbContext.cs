using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Regie.Storage.Pulse;

/// <summary>
/// The pulse vault: anonymous links and answers, in tables of their own with their own migrations and migration
/// history, apart from <see cref="RegieDbContext"/> (whose model does not contain them, so no employer-side query can
/// reach them). Not tenant-filtered by the actor: the answer page has no actor; every method of
/// <see cref="PulseVault"/> filters by organisation and wave itself. Not audited: an audit event per answer would
/// record when each person answered. By default in the same database; <c>ConnectionStrings:PulseVault</c> moves it.
/// </summary>
public abstract class PulseVaultDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The vault's own migration history table, so both contexts can share one database.</summary>
    public const string HistoryTable = "__PulseVaultMigrationsHistory";

    internal DbSet<VaultBallotBox> BallotBoxes => Set<VaultBallotBox>();

    internal DbSet<VaultLink> Links => Set<VaultLink>();

    internal DbSet<VaultResponse> Responses => Set<VaultResponse>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Configured here, not as IEntityTypeConfiguration classes: RegieDbContext applies every such class of this
        // assembly, and the vault's tables must never be part of its model.
        builder.Entity<VaultBallotBox>(e =>
        {
            e.ToTable("PulseVaultBallotBoxes");
            e.HasKey(b => b.WaveId);
            e.Property(b => b.OrganisationName).HasMaxLength(200);
            e.Property(b => b.SystemName).HasMaxLength(200);
            e.Property(b => b.InstrumentVersion).HasMaxLength(20);
        });
        builder.Entity<VaultLink>(e =>
        {
            e.ToTable("PulseVaultLinks");
            e.HasKey(l => l.TokenHash);
            e.Property(l => l.TokenHash).HasMaxLength(64);
            e.HasOne<VaultBallotBox>().WithMany().HasForeignKey(l => l.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<VaultResponse>(e =>
        {
            e.ToTable("PulseVaultResponses");
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasOne<VaultBallotBox>().WithMany().HasForeignKey(r => r.WaveId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.OrganisationId, r.WaveId });
        });
        builder.Entity<VaultAnswer>(e =>
        {
            e.ToTable("PulseVaultAnswers");
            e.HasKey(a => new { a.ResponseId, a.ItemCode });
            e.Property(a => a.ItemCode).HasMaxLength(60);
        });
    }
}

/// <summary>The SQLite flavour; migrations in Migrations/PulseVault/Sqlite.</summary>
public sealed class SqlitePulseVaultDbContext(DbContextOptions<SqlitePulseVaultDbContext> options) : PulseVaultDbContext(options);

/// <summary>The PostgreSQL flavour; migrations in Migrations/PulseVault/Postgres.</summary>
public sealed class PostgresPulseVaultDbContext(DbContextOptions<PostgresPulseVaultDbContext> options) : PulseVaultDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context SqlitePulseVaultDbContext</c> build the model.</summary>
internal sealed class SqlitePulseVaultDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePulseVaultDbContext>
{
    public SqlitePulseVaultDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePulseVaultDbContext>()
            .UseSqlite("Data Source=design.db", b => b.MigrationsHistoryTable(PulseVaultDbContext.HistoryTable)).Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresPulseVaultDbContext</c> build the model.</summary>
internal sealed class PostgresPulseVaultDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPulseVaultDbContext>
{
    public PostgresPulseVaultDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPulseVaultDbContext>()
            .UseNpgsql("Host=localhost;Database=design", b => b.MigrationsHistoryTable(PulseVaultDbContext.HistoryTable)).Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regie.Monitor.Scenarios.Saved;
using Regie.Storage.Pulse;
using Regie.Storage.Scenarios;
using Regie.Workplace;
using Regie.Workplace.Tenancy;

namespace Regie.Storage;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the operational database: SQLite under REGIE_HOME by default (<c>regie.db</c>), PostgreSQL with
    /// <c>Storage:Provider=Postgres</c> and <c>ConnectionStrings:Regie</c>. Registers <see cref="RegieDbContext"/>
    /// and <see cref="IWorkplaceDb"/> (scoped), a context factory for components and commands, and
    /// <see cref="IDatabaseMigrator"/>.
    /// </summary>
    public static IServiceCollection AddRegieStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ITenantScope, TenantScope>();

        var provider = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        var connection = ConnectionString(configuration, provider);
        if (provider == StorageProvider.Postgres)
        {
            services.AddDbContext<PostgresRegieDbContext>(o => o.UseNpgsql(connection));
            services.TryAddScoped<RegieDbContext>(sp => sp.GetRequiredService<PostgresRegieDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteRegieDbContext>(o => o.UseSqlite(connection));
            services.TryAddScoped<RegieDbContext>(sp => sp.GetRequiredService<SqliteRegieDbContext>());
        }

        services.TryAddScoped<IWorkplaceDb>(sp => sp.GetRequiredService<RegieDbContext>());
        services.TryAddScoped<IDatabaseMigrator, DatabaseMigrator>();
        services.TryAddScoped<ISavedScenarios, SavedScenarioStore>(); // web scenario lab: saved scenarios
        services.AddPulseVault(configuration, provider, connection); // Pulse: the separate store of anonymous answers
        return services;
    }

    /// <summary>The connection string in use: <c>ConnectionStrings:Regie</c>, or for SQLite a file under REGIE_HOME.</summary>
    /// <exception cref="OptionsValidationException">PostgreSQL was chosen without a connection string.</exception>
    public static string ConnectionString(IConfiguration configuration, StorageProvider provider)
    {
        if (configuration.GetConnectionString("Regie") is { Length: > 0 } configured)
        {
            return configured;
        }

        if (provider == StorageProvider.Postgres)
        {
            throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions),
                ["Storage:Provider is Postgres but ConnectionStrings:Regie is not set."]);
        }

        var home = configuration["REGIE_HOME"] is { Length: > 0 } h ? h : configuration["Data:Home"] ?? ".regie";
        Directory.CreateDirectory(Path.GetFullPath(home));
        return $"Data Source={Path.Combine(Path.GetFullPath(home), "regie.db")}";
    }
}

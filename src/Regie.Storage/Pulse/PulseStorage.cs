using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regie.Workplace.Pulse;

namespace Regie.Storage.Pulse;

/// <summary>Registers the pulse vault next to the operational database.</summary>
internal static class PulseStorage
{
    /// <summary>
    /// Adds <see cref="PulseVaultDbContext"/> and <see cref="IPulseVault"/>: in the operational database by default,
    /// or in the database of <c>ConnectionStrings:PulseVault</c> (same provider) to keep answers on another server.
    /// </summary>
    public static IServiceCollection AddPulseVault(this IServiceCollection services, IConfiguration configuration, StorageProvider provider, string regie)
    {
        var connection = configuration.GetConnectionString("PulseVault") is { Length: > 0 } own ? own : regie;
        if (provider == StorageProvider.Postgres)
        {
            services.AddDbContext<PostgresPulseVaultDbContext>(o => o.UseNpgsql(connection, b => b.MigrationsHistoryTable(PulseVaultDbContext.HistoryTable)));
            services.TryAddScoped<PulseVaultDbContext>(sp => sp.GetRequiredService<PostgresPulseVaultDbContext>());
        }
        else
        {
            services.AddDbContext<SqlitePulseVaultDbContext>(o => o.UseSqlite(connection, b => b.MigrationsHistoryTable(PulseVaultDbContext.HistoryTable)));
            services.TryAddScoped<PulseVaultDbContext>(sp => sp.GetRequiredService<SqlitePulseVaultDbContext>());
        }

        services.TryAddScoped<IPulseVault, PulseVault>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regie.Monitor.Atlas;

namespace Regie.Monitor;

public static class ServiceCollectionExtensions
{
    /// <summary>Adds the Monitor: the exposure atlas (singleton; computes its views once from the reference data).</summary>
    public static IServiceCollection AddRegieMonitor(this IServiceCollection services)
    {
        services.TryAddSingleton<IExposureAtlas, ExposureAtlas>();
        return services;
    }
}

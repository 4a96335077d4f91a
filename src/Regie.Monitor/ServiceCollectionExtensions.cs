using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regie.Monitor.Atlas;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Saved;

namespace Regie.Monitor;

public static class ServiceCollectionExtensions
{
    /// <summary>Adds the Monitor: the exposure atlas (singleton; computes its views once from the reference data) and the scenario lab.</summary>
    public static IServiceCollection AddRegieMonitor(this IServiceCollection services)
    {
        services.TryAddSingleton<IExposureAtlas, ExposureAtlas>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScenarioRunner>();
        services.TryAddSingleton<ScenarioLab>(); // scenario lab: needs IRuleBookSource, IPopulationTargetsSource (Data)
        services.TryAddScoped<ScenarioLibrary>(); // web lab: saved scenarios; needs ISavedScenarios (Storage, scoped)
        return services;
    }
}

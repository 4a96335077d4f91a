using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regie.Core.Reference;
using Regie.Data.Build;
using Regie.Data.Rules;
using Regie.Data.Scenarios;
using Regie.Data.Store;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the analytical store: <see cref="IDataBuilder"/>, <see cref="IReferenceDataSource"/> and the occupation
    /// task lists job profiles start from (<see cref="IOccupationTasks"/>).
    /// Reads section "Data" and the environment variable REGIE_HOME (Regie's own folder).
    /// </summary>
    public static IServiceCollection AddRegieData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>()
            .Bind(configuration.GetSection(DataOptions.Section))
            .PostConfigure(o =>
            {
                if (configuration["REGIE_HOME"] is { Length: > 0 } home)
                {
                    o.Home = home;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>)));
        services.TryAddSingleton<IDataBuilder, DataBuilder>();
        services.TryAddSingleton<IReferenceDataSource, DuckDbReferenceDataSource>();
        services.TryAddSingleton<IScenarioPresets, ScenarioPresetFolder>(); // scenario lab presets (data/scenarios)
        services.TryAddSingleton<IRuleBookSource, RuleBookFileSource>(); // Scenario lab: Dutch rules as dated data (data/rules/nl/**.yaml)
        services.TryAddSingleton<Monitor.Scenarios.Population.IPopulationTargetsSource, Population.PopulationTargetsSource>(); // population helper: synthetic population targets
        return services;
    }
}

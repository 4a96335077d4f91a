namespace Regie.Web.Scenarios;

/// <summary>The web's scenario lab: the population, the run queue with its background worker, and the scenario sources.</summary>
internal static class ScenarioLabSetup
{
    public static IServiceCollection AddScenarioLab(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScenarioLabOptions>()
            .Bind(configuration.GetSection(ScenarioLabOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LabPopulation>();
        services.AddSingleton<ScenarioRuns>();
        services.AddScoped<ScenarioSources>();
        services.AddHostedService<ScenarioRunWorker>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;

namespace Regie.Benchmarks;

/// <summary>The repository's shipped data folder and a temporary REGIE_HOME wired as the hosts wire them.</summary>
internal sealed class BenchmarkData : IDisposable
{
    public BenchmarkData(Func<IServiceCollection, IServiceCollection>? more = null)
    {
        DataFolder = FindDataFolder();
        Home = Path.Combine(Path.GetTempPath(), $"regie-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Home);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = DataFolder,
            ["Data:Home"] = Home,
        }).Build();
        var services = new ServiceCollection().AddRegieData(configuration);
        Services = (more?.Invoke(services) ?? services).BuildServiceProvider();
    }

    public string DataFolder { get; }

    public string Home { get; }

    public ServiceProvider Services { get; }

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(Home, recursive: true);
    }

    // BenchmarkDotNet runs each benchmark in a child process built under artifacts/, so walk up to the repository.
    private static string FindDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "sources.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's data/ folder was not found above " + AppContext.BaseDirectory);
    }
}

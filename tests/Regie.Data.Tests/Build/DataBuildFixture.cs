using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data.Build;
using Regie.TestKit;

namespace Regie.Data.Tests.Build;

/// <summary>A builder over a private copy of data/ and a private REGIE_HOME, so a test can break files.</summary>
internal sealed class DataBuildFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public DataBuildFixture()
    {
        Data = ShippedDataFolder.CopyToTemporaryFolder();
        Home = new TemporaryFolder("regie-home");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = Data.Path,
            ["Data:Home"] = Home.Path,
        }).Build();
        _services = new ServiceCollection().AddRegieData(configuration).BuildServiceProvider();
    }

    public TemporaryFolder Data { get; }

    public TemporaryFolder Home { get; }

    public IDataBuilder Builder => _services.GetRequiredService<IDataBuilder>();

    public string StorePath => Path.Combine(Home.Path, "atlas.duckdb");

    public Task<BuildResult> BuildAsync(bool force = false, IProgress<BuildProgress>? progress = null) =>
        Builder.BuildAsync(force, progress, TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _services.Dispose();
        Data.Dispose();
        Home.Dispose();
    }
}

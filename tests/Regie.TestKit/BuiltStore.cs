using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Reference;
using Regie.Data;
using Regie.Data.Build;
using Regie.Monitor;
using Regie.Monitor.Atlas;
using Regie.Workplace;

namespace Regie.TestKit;

/// <summary>
/// A class fixture: the analytical store built once from the real shipped data in a temporary REGIE_HOME,
/// with the data and atlas services wired as the hosts wire them.
/// </summary>
public sealed class BuiltStore : IAsyncLifetime
{
    private readonly TemporaryFolder _home = new("regie-home");
    private ServiceProvider? _services;

    public string Home => _home.Path;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public ReferenceData Reference { get; private set; } = null!; // Set in InitializeAsync before any test runs.

    public IExposureAtlas Atlas => Services.GetRequiredService<IExposureAtlas>();

    public IConfiguration Configuration { get; private set; } = null!; // Set in InitializeAsync.

    public async ValueTask InitializeAsync()
    {
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = ShippedDataFolder.Path,
            ["Data:Home"] = _home.Path,
        }).Build();
        _services = new ServiceCollection().AddRegieData(Configuration).AddRegieMonitor().AddRegieWorkplace().BuildServiceProvider();
        await _services.GetRequiredService<IDataBuilder>().BuildAsync(false, null, CancellationToken.None);
        Reference = await _services.GetRequiredService<IReferenceDataSource>().LoadAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _home.Dispose();
    }
}

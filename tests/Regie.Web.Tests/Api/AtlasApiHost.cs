using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regie.Monitor.Atlas;
using Regie.TestKit;

[assembly: AssemblyFixture(typeof(Regie.Web.Tests.Api.AtlasApiHost))]

namespace Regie.Web.Tests.Api;

/// <summary>
/// The web host (<see cref="Program"/>) on an in-memory test server over the real shipped data; it builds the
/// analytical store on start-up, once for all API tests, into a temporary REGIE_HOME.
/// </summary>
public sealed class AtlasApiHost : IAsyncLifetime
{
    private readonly TemporaryFolder _home = new("regie-api");
    private RegieWebFactory? _factory;

    public HttpClient Client { get; private set; } = null!; // Set in InitializeAsync before any test runs.

    public IExposureAtlas Atlas => Factory.Services.GetRequiredService<IExposureAtlas>();

    private RegieWebFactory Factory => _factory ?? throw new InvalidOperationException("The host is not started.");

    public ValueTask InitializeAsync()
    {
        _factory = new RegieWebFactory(_home.Path);
        Client = _factory.CreateClient(); // starts the host, which builds the store
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _home.Dispose();
    }

    private sealed class RegieWebFactory(string home) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Data:Directory"] = ShippedDataFolder.Path,
                ["Data:Home"] = home,
                ["REGIE_HOME"] = home, // overrides a REGIE_HOME in the environment
            }));
            // Also a host setting: the operational database and the key ring are placed while services are
            // registered, before app configuration added here is read.
            builder.UseSetting("REGIE_HOME", home);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regie.Data;
using Regie.Data.Build;
using Regie.Monitor;
using Regie.Monitor.Atlas;
using Regie.TestKit;
using Regie.Web.Api;

[assembly: AssemblyFixture(typeof(Regie.Web.Tests.Api.AtlasApiHost))]

namespace Regie.Web.Tests.Api;

/// <summary>
/// The atlas API on an in-memory test server over the real shipped data, built once into a temporary REGIE_HOME.
/// It wires the API as the web host does (ProblemDetails, exception handler, status code pages).
/// </summary>
public sealed class AtlasApiHost : IAsyncLifetime
{
    private readonly TemporaryFolder _home = new("regie-api");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!; // Set in InitializeAsync before any test runs.

    public IExposureAtlas Atlas => App.Services.GetRequiredService<IExposureAtlas>();

    private WebApplication App => _app ?? throw new InvalidOperationException("The host is not started.");

    public async ValueTask InitializeAsync()
    {
        // The OpenAPI document's title comes from the application name; use the web host's.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Regie.Web" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = ShippedDataFolder.Path,
            ["Data:Home"] = _home.Path,
            ["REGIE_HOME"] = _home.Path, // overrides a REGIE_HOME in the environment
        });
        builder.Services.AddRegieData(builder.Configuration).AddRegieMonitor();
        builder.Services.AddProblemDetails().AddAtlasApi();

        _app = builder.Build();
        await _app.Services.GetRequiredService<IDataBuilder>().BuildAsync(false, null, CancellationToken.None);
        _app.UseExceptionHandler();
        _app.UseStatusCodePages();
        _app.MapAtlasApi();
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _home.Dispose();
    }
}

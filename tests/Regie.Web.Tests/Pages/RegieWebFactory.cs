using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Monitor.Atlas;
using Regie.TestKit;

namespace Regie.Web.Tests.Pages;

/// <summary>
/// The web host on the real shipped data, with the analytical store built in a temporary REGIE_HOME
/// (set as a host setting rather than a process-wide environment variable, so parallel fixtures do not race).
/// </summary>
public sealed class RegieWebFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _home = new("regie-web-home");

    public IExposureAtlas Atlas => Services.GetRequiredService<IExposureAtlas>();

    /// <summary>A client that does not follow redirects, so tests can look at them.</summary>
    public HttpClient CreatePageClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("REGIE_HOME", _home.Path);
        builder.UseSetting("Data:Directory", ShippedDataFolder.Path);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _home.Dispose();
    }
}

/// <summary>All page tests share one host, so the store is built once.</summary>
[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<RegieWebFactory>
{
    public const string Name = "Pages";
}

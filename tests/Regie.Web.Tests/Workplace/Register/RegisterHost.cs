using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Regie.TestKit;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>
/// The web host for the register pages: its own temporary REGIE_HOME (analytical store, keys, mail folder) and SQLite
/// file, with the sign-in and invitation limits raised so that tests can create many members.
/// </summary>
public sealed class RegisterHost : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _home = new("regie-register");

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public PageBrowser Browser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("REGIE_HOME", _home.Path);
        builder.UseSetting("Data:Directory", ShippedDataFolder.Path);
        builder.UseSetting("ConnectionStrings:Regie", $"Data Source={Path.Combine(_home.Path, "register.db")}");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:InvitationsPerHour", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        _home.Dispose();
    }
}

/// <summary>The register page tests share one host, so the analytical store is built once.</summary>
[CollectionDefinition(Name)]
public sealed class RegisterPagesCollection : ICollectionFixture<RegisterHost>
{
    public const string Name = "Register pages";
}

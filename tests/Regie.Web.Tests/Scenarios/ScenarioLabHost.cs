using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Regie.TestKit;
using Regie.Web.Tests.Workplace.Register;

namespace Regie.Web.Tests.Scenarios;

/// <summary>
/// The web host with the scenario lab on a small synthetic population (2 000 households, so a run takes well under a
/// second), its own REGIE_HOME and SQLite file, and a rate limit high enough not to get in the way. Extra settings
/// (the database, a strict rate limit) come from subclasses.
/// </summary>
public class ScenarioLabHost : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _home = new("regie-lab");
    private readonly Dictionary<string, string?> _settings;

    public ScenarioLabHost() : this([])
    {
    }

    protected ScenarioLabHost(Dictionary<string, string?> settings) => _settings = settings;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client that keeps cookies and does not follow redirects, for the pages.</summary>
    public PageBrowser Browser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Starts a run through the API and waits until it has finished; returns its JSON.</summary>
    public async Task<JsonObject> RunAsync(object request)
    {
        using var client = CreateClient();
        using var started = await client.PostAsJsonAsync("/api/scenarios/runs", request, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return await WaitAsync(client, started.Headers.Location!.OriginalString); // a 202 always has a Location
    }

    /// <summary>Polls a run until it is no longer queued or running (the worker computes it in the background).</summary>
    public static async Task<JsonObject> WaitAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var run = (await client.GetFromJsonAsync<JsonObject>(location, Ct))!; // the run exists: it was just submitted
            if (run["status"]!.GetValue<string>() is not ("queued" or "running"))
                return run;
            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"{location} did not finish within a minute.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("REGIE_HOME", _home.Path);
        builder.UseSetting("Data:Directory", ShippedDataFolder.Path);
        builder.UseSetting("ConnectionStrings:Regie", $"Data Source={Path.Combine(_home.Path, $"lab-{Guid.NewGuid():N}.db")}");
        builder.UseSetting("Scenarios:Households", "2000");
        builder.UseSetting("RateLimits:ScenarioPostsPerMinute", "100000");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        _home.Dispose();
    }
}

/// <summary>The scenario lab's API and page tests share one host: the store is built and the population made once.</summary>
[CollectionDefinition(Name)]
public sealed class ScenarioLabCollection : ICollectionFixture<ScenarioLabHost>
{
    public const string Name = "Scenario lab";
}

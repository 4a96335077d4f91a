using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.TestKit.Databases;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

/// <summary>Saved scenarios round-trip through the API and the page on each database Regie runs on.</summary>
public sealed class SavedScenarioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Mine = new
    {
        spec = new { id = "mijn-scenario", name = new { nl = "Mijn scenario", en = "My scenario" }, displacement_share = 0.05, draws = 2 },
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_saved_scenario_has_a_permanent_id_a_page_and_reads_back_the_same(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind, Ct);
        await using var host = new DatabaseHost(database);
        await host.MigrateAsync();
        using var client = host.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/scenarios/saved", Mine, Ct);
        using var second = await client.PostAsJsonAsync("/api/scenarios/saved", Mine, Ct);
        var saved = await first.Content.ReadFromJsonAsync<JsonObject>(Ct);
        var id = saved!["id"]!.GetValue<string>();
        var read = await client.GetJsonAsync<JsonObject>($"/api/scenarios/saved/{id}");
        using var browser = host.Browser();
        var page = await browser.PageAsync($"/scenariolab/s/{id}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/scenarios/saved/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Matches("^[0-9a-f]{12}$", id);
        Assert.Equal(saved["json"]!.GetValue<string>(), read["json"]!.GetValue<string>());
        Assert.Equal(0.05, read["spec"]!["displacement_share"]!.GetValue<double>());
        Assert.Equal($"/scenariolab/s/{id}", read["page"]!.GetValue<string>());
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Mijn scenario</h1>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_saved_scenario_runs_by_its_id(DatabaseKind kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind, Ct);
        await using var host = new DatabaseHost(database);
        await host.MigrateAsync();
        using var client = host.CreateClient();
        using var saved = await client.PostAsJsonAsync("/api/scenarios/saved", Mine, Ct);
        var id = (await saved.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();

        var run = await host.RunAsync(new { saved = id });

        Assert.Equal("done", run["status"]!.GetValue<string>());
        Assert.Equal("mijn-scenario", run["scenarioId"]!.GetValue<string>());
        Assert.Equal(2, run["draws"]!.GetValue<int>());
    }

    /// <summary>The lab host on a test database of its own.</summary>
    private sealed class DatabaseHost(TestDatabase database) : ScenarioLabHost(new()
    {
        ["Storage:Provider"] = database.Kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite",
        ["ConnectionStrings:Regie"] = database.ConnectionString,
    })
    {
        /// <summary>PostgreSQL is migrated by `regie db migrate`, not at start-up; the test does it here.</summary>
        public async Task MigrateAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Ct);
        }
    }
}

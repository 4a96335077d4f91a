using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Demo;

/// <summary>A home with the demo seeded once, shared by the tests that only read it.</summary>
public sealed class SeededDemo(RegieHome shared) : IAsyncLifetime
{
    public WorkplaceHome Home { get; } = new(shared);

    public CliRun Seed { get; private set; } = null!; // set in InitializeAsync

    public JsonElement Result { get; private set; }

    public string OrganisationId => Result.GetProperty("organisationId").GetString()!; // always in the seed's JSON

    public async ValueTask InitializeAsync()
    {
        Seed = await Home.RunAsync("demo", "seed", "--json");
        Assert.True(Seed.ExitCode == 0, Seed.ToString());
        using var json = JsonDocument.Parse(Seed.Output);
        Result = json.RootElement.Clone();
    }

    public ValueTask DisposeAsync()
    {
        Home.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Saved;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Tests.Scenarios.Saved;

public sealed class ScenarioLibraryTests
{
    private const string Yaml = "id: mine\nname: { nl: Mijn scenario }\ndisplacement_share: 0.05\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly MemoryStore _store = new();

    private ScenarioLibrary Library => new(_store, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task The_id_is_the_start_of_the_SHA_256_of_the_canonical_JSON()
    {
        var (saved, _) = (await Library.SaveAsync(Yaml, Ct)).Value;

        var canonical = ScenarioWriter.ToJson(ScenarioReader.Read(Yaml).Value);
        Assert.Equal(canonical, saved.Json);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..12], saved.Id);
    }

    [Fact]
    public async Task Saving_the_same_scenario_twice_keeps_one_copy_under_one_id()
    {
        var first = (await Library.SaveAsync(Yaml, Ct)).Value;

        var again = (await Library.SaveAsync(ScenarioWriter.ToJson(ScenarioReader.Read(Yaml).Value), Ct)).Value;

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Saved.Id, again.Saved.Id);
        Assert.Single(_store.Kept);
    }

    [Fact]
    public async Task A_saved_scenario_reads_back_to_the_same_spec()
    {
        var (saved, _) = (await Library.SaveAsync(Yaml, Ct)).Value;

        var (_, spec) = (await Library.FindAsync(saved.Id, Ct)).Value;

        Assert.Equal(ScenarioWriter.ToJson(ScenarioReader.Read(Yaml).Value), ScenarioWriter.ToJson(spec));
    }

    [Fact]
    public async Task A_scenario_with_wrong_fields_is_not_saved_and_the_fields_are_named()
    {
        var result = await Library.SaveAsync("id: mine\nname: { nl: x }\ndisplacement_share: 0.9\nmargin: sideways\n", Ct);

        var invalid = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(["displacement_share", "margin"], invalid.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(_store.Kept);
    }

    [Theory]
    [InlineData("0123456789ab")]
    [InlineData("../etc")]
    [InlineData("0123456789AB")]
    public async Task An_unknown_or_malformed_id_is_not_found(string id)
    {
        var result = await Library.FindAsync(id, Ct);

        Assert.IsType<SavedScenarioNotFound>(result.Error);
    }

    private sealed class MemoryStore : ISavedScenarios
    {
        public Dictionary<string, SavedScenario> Kept { get; } = new(StringComparer.Ordinal);

        public Task<SavedScenario?> FindAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(Kept.GetValueOrDefault(id));

        public Task<bool> AddAsync(SavedScenario scenario, CancellationToken cancellationToken) =>
            Task.FromResult(Kept.TryAdd(scenario.Id, scenario));
    }
}

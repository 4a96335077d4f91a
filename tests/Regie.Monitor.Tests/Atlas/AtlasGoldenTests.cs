using System.Text.Json;
using Regie.Monitor.Atlas;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Atlas;

/// <summary>The atlas JSON on the shipped data, kept as golden files: a change in any figure shows up as a diff.</summary>
public sealed class AtlasGoldenTests(BuiltStore store) : IClassFixture<BuiltStore>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_matches_the_golden_file() =>
        Golden.AssertJson(Serialize(await store.Atlas.GetSummaryAsync(Ct)), "summary.json");

    [Fact]
    public async Task Occupation_list_matches_the_golden_file() =>
        Golden.AssertJson(Serialize((await store.Atlas.GetOccupationsAsync(new OccupationQuery(Sort: "code", Descending: false), Ct)).Value), "occupations.json");

    [Fact]
    public async Task Software_developers_match_the_golden_file() =>
        Golden.AssertJson(Serialize((await store.Atlas.GetOccupationAsync("0811", Ct)).Value), "occupation-0811.json");

    [Fact]
    public async Task Sectors_match_the_golden_file() =>
        Golden.AssertJson(Serialize((await store.Atlas.GetSectorsAsync(null, Ct)).Value), "sectors.json");

    [Fact]
    public async Task Groups_match_the_golden_file() =>
        Golden.AssertJson(Serialize(await store.Atlas.GetGroupsAsync(Ct)), "groups.json");

    [Fact]
    public async Task Index_comparison_matches_the_golden_file() =>
        Golden.AssertJson(Serialize(await store.Atlas.GetIndexComparisonAsync(Ct)), "indices.json");

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, AtlasJson.Options);
}

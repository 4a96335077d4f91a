using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.Data.Files;
using Regie.Monitor.Scenarios.Rules;
using Regie.TestKit;

namespace Regie.Data.Tests.Rules;

public sealed class RuleBookFileSourceTests
{
    [Fact]
    public async Task The_shipped_rule_files_load_without_errors()
    {
        var result = await LoadAsync(ShippedDataFolder.Path);

        Assert.True(result.IsSuccess, result.Error?.Message + Describe(result.Error));
        Assert.All(RuleIds.Required, id => Assert.NotNull(result.Value.Find(id)));
    }

    [Theory]
    [InlineData("2024-07-01")]
    [InlineData("2025-01-01")]
    [InlineData("2025-07-01")]
    [InlineData("2026-01-01")]
    [InlineData("2026-07-01")]
    public async Task The_shipped_law_can_be_assembled_for_every_half_year_from_July_2024(string date)
    {
        var book = (await LoadAsync(ShippedDataFolder.Path)).Value;

        var law = book.AsOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(law.IsSuccess, law.Error?.Message);
        Assert.Equal(book.ContentHash, law.Value.RuleBookHash);
    }

    [Fact]
    public async Task The_content_hash_is_over_the_paths_relative_to_the_data_folder_and_the_texts()
    {
        var book = (await LoadAsync(ShippedDataFolder.Path)).Value;
        var files = Directory.EnumerateFiles(Path.Combine(ShippedDataFolder.Path, "rules", "nl"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(ShippedDataFolder.Path, f).Replace('\\', '/'), File.ReadAllText(f)));

        Assert.Equal(RuleBookParser.Hash(files), book.ContentHash);
    }

    [Fact]
    public async Task A_broken_rule_file_is_reported_with_its_path_line_and_column()
    {
        using var copy = new TemporaryFolder("regie-data");
        CopyRules(copy.Path);
        var file = Path.Combine(copy.Path, "rules", "nl", "ww", "maximum_dagloon.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("value: 29067", "value: 290.67", StringComparison.Ordinal));

        var result = await LoadAsync(copy.Path);

        var (location, messages) = Assert.Single(Assert.IsType<ValidationError>(result.Error).Fields);
        Assert.Matches(@"^rules/nl/ww/maximum_dagloon\.yaml:\d+:\d+$", location);
        Assert.Contains("not a whole number of eurocents", messages[0], StringComparison.Ordinal);
    }

    private static void CopyRules(string target)
    {
        File.Copy(Path.Combine(ShippedDataFolder.Path, ShippedData.CatalogueFile), Path.Combine(target, ShippedData.CatalogueFile));
        var rules = Path.Combine(ShippedDataFolder.Path, "rules");
        foreach (var file in Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ShippedDataFolder.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!); // a file path inside target has a parent.
            File.Copy(file, destination);
        }
    }

    private static async Task<Result<RuleBook>> LoadAsync(string dataFolder)
    {
        using var home = new TemporaryFolder("regie-home");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = dataFolder,
            ["Data:Home"] = home.Path,
        }).Build();
        await using var services = new ServiceCollection().AddRegieData(configuration).BuildServiceProvider();
        return await services.GetRequiredService<IRuleBookSource>().LoadAsync(TestContext.Current.CancellationToken);
    }

    private static string Describe(Error? error) => error is ValidationError v
        ? " " + string.Join("; ", v.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))
        : "";
}

using Regie.Cli.Tests.Infrastructure;
using Regie.TestKit;

namespace Regie.Cli.Tests.Commands.Data;

public sealed class DataBuildCommandTests : IDisposable
{
    private readonly TemporaryFolder _home = new("regie-cli-build");

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Building_twice_says_up_to_date_the_second_time()
    {
        var settings = RegieCli.Settings(_home.Path);

        var first = await RegieCli.RunAsync(settings, "data", "build");
        var second = await RegieCli.RunAsync(settings, "data", "build", "--lang", "en");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Analytische opslag gebouwd", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already up to date", second.Output, StringComparison.Ordinal);
        Assert.Contains("Rows per table", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Force_rebuilds_an_up_to_date_store()
    {
        var settings = RegieCli.Settings(_home.Path);
        await RegieCli.RunAsync(settings, "data", "build");

        var forced = await RegieCli.RunAsync(settings, "data", "build", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Analytische opslag gebouwd", forced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_data_file_exits_with_3_naming_file_row_and_column()
    {
        using var data = ShippedDataFolder.CopyToTemporaryFolder();
        Replace(data.File("eurostat/lfs_nace_isco_nl.csv"), "A,OC2,12.3", "A,OC2,twelve");
        var settings = RegieCli.Settings(_home.Path);
        settings["Data:Directory"] = data.Path;

        var run = await RegieCli.RunAsync(settings, "data", "build");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: eurostat/lfs_nace_isco_nl.csv, row 3, column 'employed_thousands': ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Replace(string file, string line, string replacement)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(line, replacement, StringComparison.Ordinal));
    }
}

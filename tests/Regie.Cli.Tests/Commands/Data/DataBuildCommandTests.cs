using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Data;

public sealed class DataBuildCommandTests : IDisposable
{
    private readonly string _home = TemporaryFolder.Create("regie-cli-build");

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Building_twice_says_up_to_date_the_second_time()
    {
        var settings = RegieCli.Settings(_home);

        var first = await RegieCli.RunAsync(settings, "data", "build");
        var second = await RegieCli.RunAsync(settings, "data", "build", "--lang", "en");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Analytische opslag gebouwd", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already up to date", second.Output, StringComparison.Ordinal);
        Assert.Contains("Rows per table", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_data_file_exits_with_3_naming_file_row_and_column()
    {
        var data = BrokenCopyOfData("eurostat/lfs_nace_isco_nl.csv", "A,OC2,12.3", "A,OC2,twelve");
        var settings = RegieCli.Settings(_home);
        settings["Data:Directory"] = data;

        var run = await RegieCli.RunAsync(settings, "data", "build");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: eurostat/lfs_nace_isco_nl.csv, row 3, column 'employed_thousands': ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string BrokenCopyOfData(string file, string line, string replacement)
    {
        var source = ShippedDataFolder();
        var copy = Path.Combine(_home, "data");
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // Files under the copy always have a folder.
            File.Copy(path, target);
        }

        var broken = Path.Combine(copy, file);
        var text = File.ReadAllText(broken);
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(broken, text.Replace(line, replacement, StringComparison.Ordinal));
        return copy;
    }

    private static string ShippedDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "data", "sources.json")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("The shipped data folder was not found above the test binaries.");
    }
}

using Regie.Data.Population;
using Regie.Monitor.Scenarios.Population;
using Regie.TestKit;
using Regie.TestKit.Population;

namespace Regie.Data.Tests.Population;

public sealed class PopulationFileTests : IDisposable
{
    private static readonly SyntheticPopulation Population =
        PopulationSynthesizer.Synthesize(SmallPopulationTargets.Create(), new SynthesisOptions(2_000, 5));

    private readonly TemporaryFolder _folder = new("regie-rpop");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_population_loads_back_identical()
    {
        var path = _folder.File("p.rpop");

        var info = await PopulationFile.SaveAsync(Population, path, Token);
        var loaded = (await PopulationFile.LoadAsync(path, Token)).Value;

        Assert.Equal(Population.Info, info);
        Assert.Equal(Population.Info, loaded.Info);
        Assert.Equal(Population.Codes.Occupations, loaded.Codes.Occupations);
        Assert.Equal(Population.Codes.Sectors, loaded.Codes.Sectors);
        Assert.All(PopulationColumns.Of(Population).Zip(PopulationColumns.Of(loaded)), c => Assert.True(c.First.Bytes.SequenceEqual(c.Second.Bytes), c.First.Name));
    }

    [Fact]
    public async Task Saving_the_same_population_twice_gives_the_same_bytes()
    {
        await PopulationFile.SaveAsync(Population, _folder.File("a.rpop"), Token);
        await PopulationFile.SaveAsync(Population, _folder.File("b.rpop"), Token);

        Assert.Equal(await File.ReadAllBytesAsync(_folder.File("a.rpop"), Token), await File.ReadAllBytesAsync(_folder.File("b.rpop"), Token));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task A_changed_byte_in_a_column_is_reported_as_corrupt()
    {
        var path = _folder.File("p.rpop");
        await PopulationFile.SaveAsync(Population, path, Token);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        bytes[^100] ^= 0x5A;
        await File.WriteAllBytesAsync(path, bytes, Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.Equal("the columns do not match the content hash in the header: the file is corrupt.", error.Problem);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_file_names_the_column_it_ends_in()
    {
        var path = _folder.File("p.rpop");
        await PopulationFile.SaveAsync(Population, path, Token);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 10)], Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.Equal("the file ends inside column 'PriorWageCents' (truncated).", error.Problem);
    }

    [Fact]
    public async Task Extra_bytes_after_the_last_column_are_reported()
    {
        var path = _folder.File("p.rpop");
        await PopulationFile.SaveAsync(Population, path, Token);
        await File.AppendAllTextAsync(path, "x", Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.Contains("bytes follow the last column", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_file_is_not_a_population()
    {
        var path = _folder.File("notes.rpop");
        await File.WriteAllTextAsync(path, "household,persons\n1,2\n", Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.Equal("not a Regie population file (it does not start with REGIEPOP).", error.Problem);
    }

    [Fact]
    public async Task Another_format_version_is_refused_with_both_versions()
    {
        var path = _folder.File("p.rpop");
        await PopulationFile.SaveAsync(Population, path, Token);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        bytes[8] = 9;
        await File.WriteAllBytesAsync(path, bytes, Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.StartsWith("population file format version 9; this Regie reads version 1.", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_header_is_reported()
    {
        var path = _folder.File("p.rpop");
        await PopulationFile.SaveAsync(Population, path, Token);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        bytes[16] = (byte)'#';
        await File.WriteAllBytesAsync(path, bytes, Token);

        var error = Assert.IsType<PopulationFileError>((await PopulationFile.LoadAsync(path, Token)).Error);

        Assert.StartsWith("the header is not valid JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        var result = await PopulationFile.LoadAsync(_folder.File("none.rpop"), Token);

        Assert.IsType<PopulationNotFound>(result.Error);
    }

    [Theory]
    [InlineData("default", true)]
    [InlineData("nl-2025.seed_7", true)]
    [InlineData("../etc", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    [InlineData(".hidden", false)]
    public void Names_are_plain_file_names(string name, bool valid)
    {
        Assert.Equal(valid, PopulationFile.ValidateName(name) is null);
    }

    [Fact]
    public void Files_live_in_the_populations_folder_of_REGIE_HOME()
    {
        var options = new DataOptions { Home = _folder.Path };

        Assert.Equal(Path.Combine(_folder.Path, "populations", "sample.rpop"), PopulationFile.PathOf(options, "sample"));
    }
}

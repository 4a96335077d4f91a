using Regie.Data.Build;

namespace Regie.Data.Tests.Build;

public sealed class DataBuilderTests
{
    [Fact]
    public async Task Builds_the_store_from_the_shipped_data_with_progress()
    {
        using var fixture = new DataBuildFixture();
        var steps = new List<BuildProgress>();

        var result = await fixture.BuildAsync(progress: new SynchronousProgress(steps));

        Assert.True(result.Built);
        Assert.True(File.Exists(fixture.StorePath));
        Assert.Equal(114, result.RowCounts["brc_groups"]);
        Assert.Equal(427, result.RowCounts["ilo_scores"]);
        Assert.Equal(Enumerable.Range(1, steps[0].Count), steps.Select(s => s.Index));
    }

    [Fact]
    public async Task A_second_build_of_the_same_data_does_nothing()
    {
        using var fixture = new DataBuildFixture();
        var first = await fixture.BuildAsync();
        var written = File.GetLastWriteTimeUtc(fixture.StorePath);

        var second = await fixture.BuildAsync();

        Assert.False(second.Built);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(written, File.GetLastWriteTimeUtc(fixture.StorePath));
        Assert.Equal(first.RowCounts, second.RowCounts);
    }

    [Fact]
    public async Task Changed_data_rebuilds_the_store()
    {
        using var fixture = new DataBuildFixture();
        var first = await fixture.BuildAsync();
        File.AppendAllText(fixture.Data.File("eurostat/lfs_isco2_nl.csv"), "OC99,1.0\n".Replace("OC99", "OC11", StringComparison.Ordinal));

        var second = await fixture.BuildAsync();

        Assert.True(second.Built);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public async Task A_failed_build_keeps_the_previous_store()
    {
        using var fixture = new DataBuildFixture();
        var first = await fixture.BuildAsync();
        var bytes = await File.ReadAllBytesAsync(fixture.StorePath, TestContext.Current.CancellationToken);
        File.WriteAllText(fixture.Data.File("eurostat/lfs_nace_isco_nl.csv"), "nace_r2,isco08,employed_thousands\nA,OC1,many\n");

        await Assert.ThrowsAsync<Files.DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal(bytes, await File.ReadAllBytesAsync(fixture.StorePath, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(fixture.Home.Path, "*.tmp"));
        Assert.True(first.Built);
    }

    private sealed class SynchronousProgress(List<BuildProgress> steps) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => steps.Add(value);
    }
}

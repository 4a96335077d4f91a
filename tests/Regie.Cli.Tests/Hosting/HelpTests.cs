using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Hosting;

public sealed class HelpTests(RegieHome home)
{
    [Theory]
    [InlineData("help-regie.txt", new[] { "--help" })]
    [InlineData("help-data-build.txt", new[] { "data", "build", "--help" })]
    [InlineData("help-atlas.txt", new[] { "atlas", "--help" })]
    [InlineData("help-atlas-occupations.txt", new[] { "atlas", "occupations", "--help" })]
    [InlineData("help-atlas-occupation.txt", new[] { "atlas", "occupation", "--help" })]
    [InlineData("help-atlas-sectors.txt", new[] { "atlas", "sectors", "--help" })]
    public async Task Help_matches_its_golden_file(string golden, string[] args)
    {
        var run = await home.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertText(golden, run.Output);
    }
}

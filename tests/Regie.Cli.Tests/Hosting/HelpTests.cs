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
    [InlineData("help-db.txt", new[] { "db", "--help" })]
    [InlineData("help-org.txt", new[] { "org", "--help" })]
    [InlineData("help-org-create.txt", new[] { "org", "create", "--help" })]
    [InlineData("help-org-invite.txt", new[] { "org", "invite", "--help" })]
    [InlineData("help-demo-seed.txt", new[] { "demo", "seed", "--help" })]
    public async Task Help_matches_its_golden_file(string golden, string[] args)
    {
        var run = await home.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertText(golden, run.Output);
    }
}

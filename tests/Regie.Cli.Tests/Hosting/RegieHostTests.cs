using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Hosting;

public sealed class RegieHostTests(RegieHome home)
{
    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await home.RunAsync("atlas", "occupations", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("regie: Unknown option 'bogus'.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await home.RunAsync("atlas", "jobs");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("regie: Unknown command 'jobs'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_group_without_a_command_shows_help_as_a_usage_error()
    {
        var run = await home.RunAsync("atlas");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("occupations", run.Output, StringComparison.Ordinal);
        Assert.Equal("regie: a command is missing; the help above lists the commands.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_usage_error()
    {
        var run = await home.RunAsync("atlas", "occupations", "--top", "ten");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("regie: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_a_validation_error()
    {
        var run = await home.RunAsync("atlas", "summary", "--lang", "de");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("regie: Unknown language 'de'. Use one of: nl, en.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unexpected_failure_is_one_line_without_a_stack_trace()
    {
        var settings = RegieCli.Settings(home.Path);
        settings["Data:Directory"] = Path.Combine(home.Path, "no-such-data");

        var run = await RegieCli.RunAsync(settings, "data", "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_shows_the_stack_trace_of_an_unexpected_failure()
    {
        var settings = RegieCli.Settings(home.Path);
        settings["Data:Directory"] = Path.Combine(home.Path, "no-such-data");

        var run = await RegieCli.RunAsync(settings, "data", "build", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }
}

using Regie.Cli.Hosting;

namespace Regie.Cli.Tests.Hosting;

public sealed class ExceptionReporterTests
{
    [Fact]
    public void An_unexpected_exception_exits_with_1_on_one_line()
    {
        using var stderr = new StringWriter();
        var reporter = new ExceptionReporter(stderr, verbose: false);

        var exitCode = reporter.Handle(new InvalidOperationException("Store is locked."));

        Assert.Equal(1, exitCode);
        Assert.Equal("regie: Store is locked. (--verbose shows details)\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.True(reporter.SawUnexpected);
    }

    [Fact]
    public void A_multi_line_message_is_folded_onto_one_line()
    {
        using var stderr = new StringWriter();
        var reporter = new ExceptionReporter(stderr, verbose: false);

        reporter.Handle(new IOException("first line\nsecond line"));

        Assert.Equal("regie: first line second line (--verbose shows details)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Cancellation_exits_with_130_and_is_not_unexpected()
    {
        using var stderr = new StringWriter();
        var reporter = new ExceptionReporter(stderr, verbose: false);

        var exitCode = reporter.Handle(new OperationCanceledException());

        Assert.Equal(130, exitCode);
        Assert.False(reporter.SawUnexpected);
    }
}

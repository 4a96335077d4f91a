using Spectre.Console.Cli;

namespace Regie.Cli.Hosting;

/// <summary>
/// The host's one place for exceptions: a command line Spectre cannot parse is a usage error (2),
/// Ctrl+C is 130, anything else is an unexpected failure (1). One line on stderr; the stack
/// trace only with <c>--verbose</c> or <c>REGIE_DEBUG</c>.
/// </summary>
internal sealed class ExceptionReporter(TextWriter stderr, bool verbose)
{
    /// <summary>True once an unexpected failure was reported (Spectre also returns 1 when it shows help for an incomplete command).</summary>
    public bool SawUnexpected { get; private set; }

    public int Handle(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (message, exitCode) = Classify(exception);
        if (exitCode != ExitCodes.Unexpected)
        {
            stderr.WriteLine($"regie: {message}");
            return exitCode;
        }

        SawUnexpected = true;
        stderr.WriteLine(verbose ? $"regie: {message}{Environment.NewLine}{exception}" : $"regie: {message} (--verbose shows details)");
        return exitCode;
    }

    private static (string Message, int ExitCode) Classify(Exception exception) => exception switch
    {
        OperationCanceledException => ("cancelled.", ExitCodes.Cancelled),
        CommandParseException parse => (OneLine(parse.Message), ExitCodes.Usage),

        // Spectre reports its own wiring problems ("Could not resolve type …", "Could not find converter …")
        // as runtime exceptions too; those are bugs, the rest (missing argument, value of the wrong type) is usage.
        CommandRuntimeException runtime when runtime.Message.StartsWith("Could not ", StringComparison.Ordinal) =>
            (OneLine(Innermost(runtime).Message), ExitCodes.Unexpected),
        CommandRuntimeException runtime => (OneLine(runtime.Message), ExitCodes.Usage),
        _ => (OneLine(Innermost(exception).Message), ExitCodes.Unexpected),
    };

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null && current is CommandRuntimeException or AggregateException or System.Reflection.TargetInvocationException)
        {
            current = current.InnerException;
        }

        return current;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

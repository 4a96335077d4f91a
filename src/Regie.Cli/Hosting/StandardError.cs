using Regie.Core.Results;

namespace Regie.Cli.Hosting;

/// <summary>
/// Writes the one-line reason of a failed command to stderr (<c>regie: …</c>) and gives its exit code.
/// Expected outcomes arrive here as an <see cref="Error"/>; exceptions go through <see cref="ExceptionReporter"/>.
/// </summary>
internal sealed class StandardError(TextWriter writer)
{
    public int Report(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Report(Describe(error), ExitCodeOf(error));
    }

    public int Report(string message, int exitCode)
    {
        writer.WriteLine($"regie: {message}");
        return exitCode;
    }

    public static int ExitCodeOf(Error error) => error switch
    {
        ValidationError => ExitCodes.Validation,
        NotFoundError => ExitCodes.NotFound,
        ConflictError => ExitCodes.Conflict,
        ForbiddenError => ExitCodes.Forbidden,
        _ => ExitCodes.Validation,
    };

    // A validation error carries one or more messages per field; each message names its value already.
    private static string Describe(Error error) => error is ValidationError validation
        ? string.Join(" ", validation.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value))
        : error.Message;
}

namespace Regie.Cli.Hosting;

/// <summary>The exit codes of <c>regie</c> (STYLE §8). Scripts rely on them; never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug or broken infrastructure); one line on stderr.</summary>
    public const int Unexpected = 1;

    /// <summary>The command line could not be parsed: unknown command or option, missing argument, bad value type.</summary>
    public const int Usage = 2;

    /// <summary>The input was understood but is invalid: unknown sort key or index, malformed code, bad data file.</summary>
    public const int Validation = 3;

    /// <summary>The thing asked for does not exist: unknown occupation code, sector year without data.</summary>
    public const int NotFound = 4;

    /// <summary>The request conflicts with the current state; also <c>regie db status</c> when migrations are pending.</summary>
    public const int Conflict = 5;

    /// <summary>The actor may not do this (a <see cref="Regie.Core.Results.ForbiddenError"/>).</summary>
    public const int Forbidden = 6;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

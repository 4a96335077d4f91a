namespace Regie.Cli.Tests.Infrastructure;

/// <summary>What one run of <c>regie</c> gave: exit code, stdout and stderr.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

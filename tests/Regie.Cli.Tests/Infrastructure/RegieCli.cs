using Regie.Cli.Hosting;
using Spectre.Console.Cli.Testing;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>Runs <c>regie</c> in-process with the given settings (in place of environment variables).</summary>
internal static class RegieCli
{
    /// <summary>Through the real entry point: the host's exit-code mapping, stdout and stderr.</summary>
    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args) =>
        RunWithInputAsync(settings, stdin: "", args);

    /// <summary>Through the real entry point, with <paramref name="stdin"/> as standard input.</summary>
    public static async Task<CliRun> RunWithInputAsync(IReadOnlyDictionary<string, string?> settings, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await RegieHost.RunAsync(args, input, stdout, stderr, RegieHost.Configuration(settings), TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Through Spectre's <see cref="CommandAppTester"/>, with the same commands and services.</summary>
    public static async Task<CliRun> TestAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var stderr = new StringWriter();
        var tester = new CommandAppTester(new TypeRegistrar(RegieHost.Services(RegieHost.Configuration(settings), stderr)));
        tester.Configure(config => RegieCommands.Configure(config, new ExceptionReporter(stderr, verbose: false)));
        var result = await tester.RunAsync(args, TestContext.Current.CancellationToken);
        return new CliRun(result.ExitCode, result.Output, stderr.ToString());
    }

    /// <summary>Settings for a fresh REGIE_HOME; REGIE_DEBUG off so no test sees a stack trace by accident.</summary>
    public static Dictionary<string, string?> Settings(string home) => new(StringComparer.Ordinal)
    {
        ["REGIE_HOME"] = home,
        ["REGIE_DEBUG"] = string.Empty,
    };
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Rendering;
using Regie.Data;
using Regie.Monitor;
using Regie.Storage;
using Regie.Storage.Mail;
using Regie.Workplace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Hosting;

/// <summary>
/// The composition root of <c>regie</c>: configuration from environment variables, the Regie services,
/// the Spectre command app, and the mapping of every outcome to an exit code.
/// </summary>
internal static class RegieHost
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IConfiguration configuration, CancellationToken cancellationToken) =>
        RunAsync(args, System.Console.In, stdout, stderr, configuration, cancellationToken);

    /// <summary>Runs with an explicit stdin (<c>--password-stdin</c> reads it); tests pass their own reader.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var exceptions = new ExceptionReporter(stderr, Verbose(args, configuration));
        try
        {
            var app = new CommandApp(new TypeRegistrar(Services(configuration, stderr, stdin)));
            app.Configure(config =>
            {
                RegieCommands.Configure(config, exceptions);
                config.ConfigureConsole(Console(stdout));
            });
            var exitCode = await app.RunAsync(args, cancellationToken);

            // Spectre returns 1 itself when it shows help for an incomplete command line ("regie atlas"): a usage error.
            if (exitCode == ExitCodes.Unexpected && !exceptions.SawUnexpected)
            {
                stderr.WriteLine("regie: a command is missing; the help above lists the commands.");
                return ExitCodes.Usage;
            }

            return exitCode;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return exceptions.Handle(exception);
        }
    }

    /// <summary>The console on stdout; a writer that is not the process's stdout (a test's) gets plain text.</summary>
    private static IAnsiConsole Console(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, System.Console.Out);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>
    /// Configuration: environment variables as the web host reads them (REGIE_HOME, Data__Directory, Storage__Provider,
    /// ConnectionStrings__Regie, Mail__…), then the caller's overrides.
    /// </summary>
    public static IConfiguration Configuration(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides ?? []).Build();

    internal static ServiceCollection Services(IConfiguration configuration, TextWriter stderr, TextReader? stdin = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddRegieData(configuration).AddRegieMonitor().AddRegieWorkplace().AddRegieStorage(configuration);
        services.AddRegieMail(configuration).AddRegieAccountsCore();
        services.AddSingleton(new StandardError(stderr));
        services.AddSingleton(new StandardInput(stdin ?? TextReader.Null));
        services.AddSingleton<AtlasOutput>();
        services.AddSingleton<WorkplaceOutput>();
        services.AddSingleton<OperationalDatabase>();
        services.AddSingleton<WorkplaceSessions>();
        services.AddSingleton<Commands.Scenario.ScenarioSource>(); // scenario lab
        services.AddSingleton<Commands.Scenario.PopulationChoice>();
        return services;
    }

    private static bool Verbose(string[] args, IConfiguration configuration) =>
        args.Contains("--verbose", StringComparer.Ordinal)
        || configuration["REGIE_DEBUG"] is { Length: > 0 } debug && debug != "0" && !string.Equals(debug, "false", StringComparison.OrdinalIgnoreCase);
}

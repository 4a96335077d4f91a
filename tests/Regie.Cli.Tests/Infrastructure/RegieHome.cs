using Microsoft.Extensions.DependencyInjection;
using Regie.Cli.Hosting;
using Regie.Data.Build;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>A temporary REGIE_HOME with the analytical store built from the shipped data, shared by the read-only tests.</summary>
public sealed class RegieHome : IAsyncLifetime
{
    public string Path { get; } = TemporaryFolder.Create("regie-cli-tests");

    public IReadOnlyDictionary<string, string?> Settings => RegieCli.Settings(Path);

    public async ValueTask InitializeAsync()
    {
        using var provider = RegieHost.Services(RegieHost.Configuration(Settings), TextWriter.Null).BuildServiceProvider();
        await provider.GetRequiredService<IDataBuilder>().BuildAsync(force: false, progress: null, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Path, recursive: true);
        return ValueTask.CompletedTask;
    }

    public Task<CliRun> RunAsync(params string[] args) => RegieCli.RunAsync(Settings, args);

    public Task<CliRun> TestAsync(params string[] args) => RegieCli.TestAsync(Settings, args);
}

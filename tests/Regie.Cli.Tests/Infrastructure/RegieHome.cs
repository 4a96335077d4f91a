using Microsoft.Extensions.DependencyInjection;
using Regie.Cli.Hosting;
using Regie.Data.Build;
using Regie.TestKit;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>A temporary REGIE_HOME with the analytical store built from the shipped data, shared by the read-only tests.</summary>
public sealed class RegieHome : IAsyncLifetime
{
    private readonly TemporaryFolder _home = new("regie-cli-home");

    public string Path => _home.Path;

    public IReadOnlyDictionary<string, string?> Settings => RegieCli.Settings(Path);

    public async ValueTask InitializeAsync()
    {
        using var provider = RegieHost.Services(RegieHost.Configuration(Settings), TextWriter.Null).BuildServiceProvider();
        await provider.GetRequiredService<IDataBuilder>().BuildAsync(force: false, progress: null, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _home.Dispose();
        return ValueTask.CompletedTask;
    }

    public Task<CliRun> RunAsync(params string[] args) => RegieCli.RunAsync(Settings, args);

    public Task<CliRun> TestAsync(params string[] args) => RegieCli.TestAsync(Settings, args);
}

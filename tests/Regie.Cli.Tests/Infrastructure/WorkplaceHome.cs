using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regie.Cli.Hosting;
using Regie.Storage;
using Regie.Storage.Identity;
using Regie.TestKit;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>
/// A REGIE_HOME of its own for a test that writes to the operational database (regie.db) or the mail folder, with a
/// copy of the shared home's analytical store so nothing has to be built again.
/// </summary>
public sealed class WorkplaceHome : IDisposable
{
    private readonly TemporaryFolder _home = new("regie-cli-workplace");

    public WorkplaceHome(RegieHome shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        File.Copy(System.IO.Path.Combine(shared.Path, "atlas.duckdb"), _home.File("atlas.duckdb"));
        Settings = RegieCli.Settings(_home.Path);
    }

    public string Path => _home.Path;

    /// <summary>The folder the default outbox writes to.</summary>
    public string MailFolder => _home.File("mail");

    public Dictionary<string, string?> Settings { get; }

    public Task<CliRun> RunAsync(params string[] args) => RegieCli.RunAsync(Settings, args);

    /// <summary>Runs with <paramref name="stdin"/> as the process's standard input.</summary>
    public Task<CliRun> RunWithInputAsync(string stdin, params string[] args) => RegieCli.RunWithInputAsync(Settings, stdin, args);

    /// <summary>The CLI's own services on this home, for checks the commands do not print (accounts, passwords).</summary>
    public ServiceProvider Services() => RegieHost.Services(RegieHost.Configuration(Settings), TextWriter.Null).BuildServiceProvider();

    /// <summary>A sign-in account as the web app's sign-up makes it (migrating the database first).</summary>
    public async Task AddAccountAsync(string email, string name)
    {
        await using var services = Services();
        await services.GetRequiredService<OperationalDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>()
            .CreateAsync(new RegieUser { UserName = email, Email = email, DisplayName = name });
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    /// <summary>True when the account's password is <paramref name="password"/>, checked by Identity as the sign-in page does.</summary>
    public async Task<bool> PasswordWorksAsync(string email, string password)
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>();
        return await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, password);
    }

    public void Dispose() => _home.Dispose();
}

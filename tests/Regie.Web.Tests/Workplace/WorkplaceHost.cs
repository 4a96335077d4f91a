using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using MimeKit;
using Regie.TestKit;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// The web host for the Workplace pages: its own temporary REGIE_HOME (analytical store built from the shipped data,
/// keys, mail folder) and its own SQLite file. Tests share one host (the store is built once) and keep apart by
/// signing up their own accounts and creating their own organisations.
/// </summary>
public class WorkplaceHost : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _home = new("regie-workplace-pages");
    private readonly Dictionary<string, string?> _settings;

    public WorkplaceHost() : this([])
    {
    }

    /// <summary>A host with extra settings (a stricter rate limit).</summary>
    protected WorkplaceHost(Dictionary<string, string?> settings) => _settings = settings;

    public string MailFolder => Path.Combine(_home.Path, "mail");

    /// <summary>A browser without script: keeps cookies, does not follow redirects.</summary>
    public WorkplaceBrowser Browser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The mails sent to <paramref name="to"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string to)
    {
        var mails = new List<MimeMessage>();
        if (!Directory.Exists(MailFolder))
        {
            return mails;
        }

        foreach (var file in Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                mails.Add(message);
            }
        }

        return mails;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("REGIE_HOME", _home.Path);
        builder.UseSetting("Data:Directory", ShippedDataFolder.Path);
        builder.UseSetting("ConnectionStrings:Regie", $"Data Source={Path.Combine(_home.Path, "workplace-pages.db")}");
        builder.UseSetting("Auth:SessionCheckMinutes", "0");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        _home.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The Workplace page tests share one host, so the analytical store is built once.</summary>
[CollectionDefinition(Name)]
public sealed class WorkplacePagesCollection : ICollectionFixture<WorkplaceHost>
{
    public const string Name = "Workplace pages";
}

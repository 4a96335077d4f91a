using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using MimeKit;
using Regie.TestKit;

namespace Regie.Web.Tests.Account;

/// <summary>
/// The web host with accounts: its own temporary REGIE_HOME (analytical store, data-protection keys, mail folder)
/// and its own SQLite file there. Sessions are checked against the security stamp on every request, and the sign-in
/// rate limit is high unless a test host sets it, so tests see the behaviour without waiting.
/// </summary>
public class AccountHost : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _home = new("regie-accounts");
    private readonly Dictionary<string, string?> _settings;

    public AccountHost() : this([])
    {
    }

    protected AccountHost(Dictionary<string, string?> settings) => _settings = settings;

    public string MailFolder => Path.Combine(_home.Path, "mail");

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public AccountClient Browser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The mails sent to <paramref name="to"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string to)
    {
        if (!Directory.Exists(MailFolder))
        {
            return [];
        }

        var mails = new List<MimeMessage>();
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
        builder.UseSetting("ConnectionStrings:Regie", $"Data Source={Path.Combine(_home.Path, $"accounts-{Guid.NewGuid():N}.db")}");
        builder.UseSetting("Auth:SessionCheckMinutes", "0");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        _home.Dispose();
    }
}

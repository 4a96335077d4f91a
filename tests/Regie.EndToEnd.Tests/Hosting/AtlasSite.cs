using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;

[assembly: AssemblyFixture(typeof(AtlasSite))]

namespace Regie.EndToEnd.Tests.Hosting;

/// <summary>
/// One running web host and one headless Chromium for the whole test assembly. When no browser is configured
/// nothing is started and every test that asks for a page skips with the reason.
/// </summary>
public sealed class AtlasSite : IAsyncLifetime
{
    private WebHostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The host's base address.</summary>
    public Uri Address => _host?.Address ?? throw new InvalidOperationException("The site is not running.");

    public async ValueTask InitializeAsync()
    {
        if (ChromiumSetting.ExecutablePath is not { } chromium)
        {
            return;
        }

        _host = await WebHostProcess.StartAsync(TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumSetting.Arguments,
        });
    }

    /// <summary>
    /// A page in a fresh browser context (its own cookies, so its own language), with downloads allowed.
    /// Skips the calling test when no browser is configured.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        Assert.SkipWhen(ChromiumSetting.SkipReason is not null, ChromiumSetting.SkipReason ?? "");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions // Started whenever Chromium is configured.
        {
            BaseURL = Address.ToString(),
            AcceptDownloads = true,
            Locale = "en-US", // The site ignores Accept-Language: Dutch unless the user chooses English.,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="path"/> in a new page and checks the server answered 200.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status}.\n{_host?.Output}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

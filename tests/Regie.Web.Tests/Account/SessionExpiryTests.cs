using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Regie.Web.Tests.Account;

/// <summary>A host whose clock the test moves, with sessions of two hours.</summary>
public sealed class FakeClockHost() : AccountHost(new() { ["Auth:SessionHours"] = "2" })
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SessionExpiryTests(FakeClockHost host) : IClassFixture<FakeClockHost>
{
    [Fact]
    public async Task A_session_ends_after_the_configured_hours_without_use_and_lasts_while_used()
    {
        using var idle = host.Browser();
        using var busy = host.Browser();
        await idle.RegisterAsync();
        await busy.RegisterAsync();

        var statuses = new List<HttpStatusCode>();
        for (var step = 0; step < 4; step++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(50)); // 3 h 20 min in all, in steps shorter than the session
            using var used = await busy.GetAsync("/account");
            statuses.Add(used.StatusCode);
        }

        using var expired = await idle.GetAsync("/account");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/account/aanmelden", expired.Location(), StringComparison.Ordinal);
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Regie.Web.Tests.Account;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Concerns;

/// <summary>
/// Raising a concern anonymously while signed in writes nothing about the person into the logs, even with every log
/// category at its most detailed level.
/// </summary>
public sealed class ConcernLoggingTests(ConcernLoggingTests.World world) : IClassFixture<ConcernLoggingTests.World>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_identity_of_the_raiser_reaches_the_logs()
    {
        using var employee = await world.Orgs.SignedInAsync(world.Orgs.A, Role.Employee);
        world.Log.Clear();

        using var raised = await employee.Http.PostAsJsonAsync($"/api/concern-channels/{world.Orgs.A.Id}/concerns",
            new { category = "Safety", text = "The lifting robot ignores the stop button." }, Ct);

        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var lines = world.Log.ToArray();
        Assert.Contains(lines, l => l.Contains("concern-channels", StringComparison.Ordinal)); // the capture works
        foreach (var identity in new[] { world.Orgs.A.Emails[Role.Employee], $"{Role.Employee} {world.Orgs.A.Name}", world.Orgs.A.EmployeeMemberId.ToString() })
        {
            Assert.DoesNotContain(lines, l => l.Contains(identity, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Two organisations on a host that logs everything into <see cref="Log"/>.</summary>
    public sealed class World : IAsyncLifetime
    {
        public ConcurrentQueue<string> Log { get; } = new();

        public TwoOrganisations Orgs { get; }

        public World() => Orgs = new TwoOrganisations(new LoggingHost(Log));

        public ValueTask InitializeAsync() => Orgs.InitializeAsync();

        public ValueTask DisposeAsync() => Orgs.DisposeAsync();
    }

    private sealed class LoggingHost(ConcurrentQueue<string> log) : AccountHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace)
                .AddProvider(new Capture(log)).AddFilter<Capture>(null, LogLevel.Trace)); // beats the category rules of appsettings
        }
    }

    internal sealed class Capture(ConcurrentQueue<string> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Enqueue(formatter(state, exception) + " " + exception);

        public void Dispose()
        {
        }
    }
}

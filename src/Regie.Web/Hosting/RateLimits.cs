using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Regie.Web.Components.Pages.Errors;
using Regie.Web.Localization;

namespace Regie.Web.Hosting;

/// <summary>Limits on requests that guess or spam (configuration section "RateLimits").</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Form posts to sign-in, two-step, register and forgot-password, and calls to /api/account, per client address.</summary>
    [Range(1, 100_000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Invitations sent, per signed-in user.</summary>
    [Range(1, 100_000)]
    public int InvitationsPerHour { get; set; } = 20;

    /// <summary>Scenario lab posts (runs, saves, explanations, cancellations; API and pages), per client address.</summary>
    [Range(1, 100_000)]
    public int ScenarioPostsPerMinute { get; set; } = 30;

    /// <summary>Oversight events posted by AI systems with their API key, per client address (issue 5 item 5).</summary>
    [Range(1, 1_000_000)]
    public int OversightEventsPerMinute { get; set; } = 600;
}

/// <summary>
/// The named rate-limit policies: <see cref="SignIn"/>, <see cref="Invitations"/> and <see cref="Scenarios"/>. Only state-changing requests
/// count (reading a sign-in form is free). Rejections answer 429: ProblemDetails for the API, the status page in
/// the reader's language for pages.
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Invitations = "invitations";
    public const string Scenarios = "scenarios";
    public const string OversightEvents = "oversight-events";

    public static IServiceCollection AddRegieRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => Limit(context, o => o.SignInPerMinute, TimeSpan.FromMinutes(1), ClientAddress(context)));
            options.AddPolicy(Invitations, context => Limit(context, o => o.InvitationsPerHour, TimeSpan.FromHours(1), UserOrAddress(context)));
            options.AddPolicy(Scenarios, context => Limit(context, o => o.ScenarioPostsPerMinute, TimeSpan.FromMinutes(1), ClientAddress(context)));
            options.AddPolicy(OversightEvents, context => Limit(context, o => o.OversightEventsPerMinute, TimeSpan.FromMinutes(1), ClientAddress(context)));
            options.OnRejected = OnRejectedAsync;
        });
    }

    private static RateLimitPartition<string> Limit(HttpContext context, Func<RateLimitOptions, int> permits, TimeSpan window, string key)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = permits(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = window,
            QueueLimit = 0,
        });
    }

    // Behind a reverse proxy every client has the proxy's address unless forwarded headers are configured.
    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string UserOrAddress(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } user ? "user:" + user : ClientAddress(context);

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ErrorPages.IsApiRequest(context))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"Too many attempts from this address. Try again in {seconds} seconds.",
                },
            });
            return;
        }

        var text = context.RequestServices.GetRequiredService<IStringLocalizer<AccountUi>>();
        new PageProblem(text["TooManyRequestsTitle"], text["TooManyRequestsText", Math.Max(1, seconds / 60)]).AttachTo(context);
        // The status page is re-executed with the request's method; as a POST it would be taken for a form post
        // to the status page. The rejected form was never read, so the re-execution may simply be a GET.
        context.Request.Method = HttpMethods.Get;
    }
}

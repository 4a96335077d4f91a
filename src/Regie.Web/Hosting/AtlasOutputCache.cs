using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Regie.Web.Hosting;

/// <summary>
/// Output caching for the public atlas pages and API reads. The atlas is computed once per process from an
/// immutable store, so a response depends only on the path, the query and the UI language; caching it saves
/// rendering the same 150 KB table for every reader. Error responses and responses that set cookies are never
/// cached, and a signed-in reader neither gets nor leaves a cached answer (the middleware's defaults), so the
/// header that greets a signed-in user by name never lands in the public cache. Account pages and pages that
/// require authorization are not cached at all: they carry forms with per-user antiforgery tokens.
/// </summary>
internal static class AtlasOutputCache
{
    public const string Policy = "atlas";

    public static IServiceCollection AddAtlasOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .AddPolicy<PrivatePagesUncached>()
            .Expire(TimeSpan.FromHours(1))
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("ui-culture", CultureInfo.CurrentUICulture.Name))));

    /// <summary>Caches a public endpoint's answers under the atlas policy.</summary>
    public static TBuilder CacheAtlasOutput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(Policy);
}

/// <summary>
/// Turns caching off for the account pages, invitation links, the scenario lab's pages (a run's page changes while it
/// is computed) and any endpoint that requires authorization.
/// </summary>
internal sealed class PrivatePagesUncached : IOutputCachePolicy
{
    /// <summary>Invitation links carry a secret, which must not be kept in the cache.</summary>
    private const string InvitationPath = "/uitnodiging";

    /// <summary>Pulse answer links carry a single-use secret and change once used (issue 5 item 3).</summary>
    private const string PulseAnswerPath = "/peiling";

    /// <summary>The scenario lab's pages show runs that progress and forms with antiforgery tokens.</summary>
    public const string ScenarioLabPath = "/scenariolab";

    /// <summary>Voice: the public concern pages carry a secret link or a form with an antiforgery token.</summary>
    private const string ConcernPath = "/melding";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments(Accounts.AccountPaths.Account, StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments(InvitationPath, StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments(PulseAnswerPath, StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments(ScenarioLabPath, StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments(ConcernPath, StringComparison.OrdinalIgnoreCase)
            || http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null)
        {
            context.EnableOutputCaching = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

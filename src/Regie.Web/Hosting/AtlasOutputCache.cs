using System.Globalization;

namespace Regie.Web.Hosting;

/// <summary>
/// Output caching for the public atlas pages and API reads. The atlas is computed once per process from an
/// immutable store, so a response depends only on the path, the query and the UI language; caching it saves
/// rendering the same 150 KB table for every reader. Error responses and responses that set cookies are never
/// cached (the middleware's defaults).
/// </summary>
internal static class AtlasOutputCache
{
    public const string Policy = "atlas";

    public static IServiceCollection AddAtlasOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromHours(1))
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("ui-culture", CultureInfo.CurrentUICulture.Name))));

    /// <summary>Caches a public endpoint's answers under the atlas policy.</summary>
    public static TBuilder CacheAtlasOutput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(Policy);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Web.Api;

/// <summary>What the atlas API needs besides the atlas itself.</summary>
internal static class AtlasApiServices
{
    /// <summary>
    /// JSON as the atlas DTOs document it: camelCase (the web default), enums as strings, and numbers only as
    /// numbers, so the OpenAPI schema says "number" rather than "number or numeric string".
    /// </summary>
    public static IServiceCollection AddAtlasApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
}

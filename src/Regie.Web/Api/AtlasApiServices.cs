using System.Text.Json.Serialization;
using Regie.Monitor.Atlas;

namespace Regie.Web.Api;

/// <summary>What the atlas API needs besides the atlas itself.</summary>
internal static class AtlasApiServices
{
    /// <summary>
    /// Answers in the one JSON form of the atlas (<see cref="AtlasJson.Options"/>, docs/atlas-json.md), so the API
    /// and <c>regie atlas … --json</c> write the same text; numbers are read only as numbers, so the OpenAPI schema
    /// says "number" rather than "number or numeric string".
    /// </summary>
    public static IServiceCollection AddAtlasApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            json.PropertyNamingPolicy = AtlasJson.Options.PropertyNamingPolicy;
            json.DefaultIgnoreCondition = AtlasJson.Options.DefaultIgnoreCondition;
            json.Encoder = AtlasJson.Options.Encoder;
            json.WriteIndented = AtlasJson.Options.WriteIndented;
            foreach (var converter in AtlasJson.Options.Converters)
            {
                json.Converters.Add(converter);
            }

            json.NumberHandling = JsonNumberHandling.Strict;
        });
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Monitor.Atlas;

/// <summary>
/// The one JSON form of the atlas read model, used by the CLI (<c>--json</c>), the API and the golden files:
/// camelCase, nulls kept (null = not published / cannot be computed), invariant numbers, indented.
/// </summary>
public static class AtlasJson
{
    /// <summary>Serializer options for every atlas JSON output.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

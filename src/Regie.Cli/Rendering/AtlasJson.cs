using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Cli.Rendering;

/// <summary>
/// The <c>--json</c> format (docs/atlas-json.md): the atlas DTOs as System.Text.Json writes them, camelCase,
/// indented, invariant numbers, nulls kept (null = not published or not computable, never 0).
/// </summary>
internal static class AtlasJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,

        // The output goes to a terminal or a file, never into HTML: keep "é", "β" and "–" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.Write('\n');
    }
}

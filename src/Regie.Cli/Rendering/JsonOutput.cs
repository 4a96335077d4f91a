using System.Text.Json;
using Regie.Monitor.Atlas;

namespace Regie.Cli.Rendering;

/// <summary>
/// The <c>--json</c> format (docs/atlas-json.md): the atlas DTOs in the one JSON form the API also uses
/// (<see cref="AtlasJson.Options"/>): camelCase, indented, invariant numbers, nulls kept.
/// </summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(value, AtlasJson.Options));
        writer.Write('\n');
    }
}

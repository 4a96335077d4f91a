using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regie.TestKit;

/// <summary>
/// Golden files: compares JSON with a committed file under the test project's Golden/ folder, numbers with a
/// relative tolerance. Refresh only deliberately with REGIE_UPDATE_GOLDEN=1, then review the diff.
/// </summary>
public static class Golden
{
    public static void AssertJson(string actualJson, string name, double tolerance = 1e-9, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(FindProjectFolder(caller), "Golden");
        var path = Path.Combine(folder, name);
        if (Environment.GetEnvironmentVariable("REGIE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actualJson.ReplaceLineEndings("\n"));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; create it with REGIE_UPDATE_GOLDEN=1 and review it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        var actual = JsonNode.Parse(actualJson);
        Compare(expected, actual, "$", tolerance);
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, double tolerance)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                return;
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual, exactMatch: false);
                Assert.True(
                    e.Select(p => p.Key).Order(StringComparer.Ordinal).SequenceEqual(a.Select(p => p.Key).Order(StringComparer.Ordinal)),
                    $"{path}: properties differ: expected [{string.Join(", ", e.Select(p => p.Key))}], got [{string.Join(", ", a.Select(p => p.Key))}]");
                foreach (var (key, value) in e)
                {
                    Compare(value, a[key], $"{path}.{key}", tolerance);
                }

                return;
            case JsonArray e:
                var arr = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(e.Count == arr.Count, $"{path}: expected {e.Count} items, got {arr.Count}");
                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], arr[i], $"{path}[{i}]", tolerance);
                }

                return;
            case JsonValue e when e.GetValueKind() == JsonValueKind.Number:
                var x = e.GetValue<double>();
                var y = Assert.IsType<JsonValue>(actual, exactMatch: false).GetValue<double>();
                var scale = Math.Max(1, Math.Abs(x));
                Assert.True(Math.Abs(x - y) <= tolerance * scale, string.Create(CultureInfo.InvariantCulture, $"{path}: expected {x}, got {y}"));
                return;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}");
                return;
        }
    }

    private static string FindProjectFolder(string callerFile)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(callerFile)!); dir is not null; dir = dir.Parent) // A source file always has a folder.
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No project folder above {callerFile}.");
    }
}

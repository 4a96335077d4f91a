using System.Text.Json;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>Structural JSON comparison with a relative tolerance on numbers; the failure names the JSON path.</summary>
internal static class JsonTolerance
{
    public static void AssertEqual(JsonElement expected, JsonElement actual, string path, double tolerance)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind}, got {actual.ValueKind}.");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(p => p.Name).ToList();
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToList();
                Assert.True(expectedNames.SequenceEqual(actualNames), $"{path}: fields [{string.Join(", ", expectedNames)}] expected, got [{string.Join(", ", actualNames)}].");
                foreach (var property in expected.EnumerateObject())
                {
                    AssertEqual(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}", tolerance);
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}.");
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertEqual(e, a, $"{path}[{i++}]", tolerance);
                }

                break;
            case JsonValueKind.Number:
                var x = expected.GetDouble();
                var y = actual.GetDouble();
                Assert.True(Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))), $"{path}: expected {x}, got {y}.");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}.");
                break;
        }
    }
}

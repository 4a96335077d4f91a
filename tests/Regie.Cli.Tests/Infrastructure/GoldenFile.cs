using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Regie.Cli.Tests.Infrastructure;

/// <summary>
/// Golden files under tests/Regie.Cli.Tests/Golden/. A mismatch is a bug to investigate; refresh only on purpose
/// with REGIE_UPDATE_GOLDEN=1 and review the diff (STYLE §9).
/// </summary>
internal static class GoldenFile
{
    private static bool Updating => Environment.GetEnvironmentVariable("REGIE_UPDATE_GOLDEN") == "1";

    /// <summary>Compares text line by line, ignoring trailing spaces (Spectre pads table cells).</summary>
    public static void AssertText(string name, string actual, [CallerFilePath] string caller = "")
    {
        var normalised = Normalise(actual);
        var path = PathOf(name, caller);
        if (Updating || !File.Exists(path))
        {
            Write(path, normalised);
            Assert.Fail(Updating ? $"Updated {name}; review the diff." : $"Created {name}; review it and run again.");
        }

        Assert.Equal(Normalise(File.ReadAllText(path)), normalised);
    }

    /// <summary>Compares JSON structurally: same fields in the same order, strings equal, numbers within a tolerance.</summary>
    public static void AssertJson(string name, string actual, double tolerance = 1e-9, [CallerFilePath] string caller = "")
    {
        var path = PathOf(name, caller);
        if (Updating || !File.Exists(path))
        {
            Write(path, actual);
            Assert.Fail(Updating ? $"Updated {name}; review the diff." : $"Created {name}; review it and run again.");
        }

        using var expected = JsonDocument.Parse(File.ReadAllText(path));
        using var document = JsonDocument.Parse(actual);
        JsonTolerance.AssertEqual(expected.RootElement, document.RootElement, "$", tolerance);
    }

    private static string PathOf(string name, string caller)
    {
        // The caller is a test file inside tests/Regie.Cli.Tests/…; the golden folder sits at the project root.
        var dir = new DirectoryInfo(Path.GetDirectoryName(caller)!); // A [CallerFilePath] always has a folder.
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Regie.Cli.Tests.csproj")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException($"No test project above {caller}."), "Golden", name);
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
}

using System.Security.Cryptography;
using System.Text.Json;
using Regie.TestKit;

namespace Regie.Data.Tests.Build;

/// <summary>
/// The data build checks that every listed file exists, not that every file is listed; this test closes the gap:
/// every shipped file has an entry in sources.json with its SHA-256.
/// </summary>
public sealed class ShippedCatalogueTests
{
    [Fact]
    public void Every_file_in_data_is_catalogued_with_its_checksum()
    {
        var folder = ShippedDataFolder.Path;
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sources.json")));
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in catalogue.RootElement.GetProperty("sources").EnumerateArray())
        {
            foreach (var entry in source.GetProperty("sha256").EnumerateObject())
            {
                checksums[entry.Name] = entry.Value.GetString()!; // sha256 values are strings
            }
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f is not ("sources.json" or "SOURCES.md"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.All(files, file =>
        {
            Assert.True(checksums.TryGetValue(file, out var expected), $"{file} is not in sources.json");
            using var stream = File.OpenRead(Path.Combine(folder, file));
            Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(stream)));
        });
    }
}

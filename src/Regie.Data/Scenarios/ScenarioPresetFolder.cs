using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Data.Build;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Data.Scenarios;

/// <summary>Reads the shipped presets from <c>data/scenarios</c>, sorted by file name.</summary>
internal sealed class ScenarioPresetFolder(IOptions<DataOptions> options) : IScenarioPresets
{
    /// <summary>The presets' folder under the data folder.</summary>
    public const string Folder = "scenarios";

    public async Task<Result<IReadOnlyList<ScenarioPreset>>> ListAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(DataFolder.Resolve(options.Value), Folder);
        var presets = new List<ScenarioPreset>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            var read = ScenarioReader.Read(text, $"data/{Folder}/{Path.GetFileName(file)}");
            if (!read.TryGetValue(out var spec))
                return read.Error!;
            presets.Add(new ScenarioPreset(spec, text));
        }

        return presets;
    }
}

using Regie.Core.Results;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Cli.Commands.Scenario;

/// <summary>Finds the scenario a command names: a YAML/JSON file, or else the id of a shipped preset.</summary>
internal sealed class ScenarioSource(IScenarioPresets presets)
{
    public async Task<Result<ScenarioSpec>> ResolveAsync(string fileOrPreset, int? draws, ulong? seed, CancellationToken cancellationToken)
    {
        Result<ScenarioSpec> read;
        if (File.Exists(fileOrPreset))
        {
            read = ScenarioReader.Read(await File.ReadAllTextAsync(fileOrPreset, cancellationToken), Path.GetFileName(fileOrPreset));
        }
        else
        {
            var all = await presets.ListAsync(cancellationToken);
            if (!all.TryGetValue(out var list))
                return all.Error!;
            var preset = list.FirstOrDefault(p => p.Spec.Id == fileOrPreset);
            if (preset is null)
                return new ScenarioNotFound(fileOrPreset, list.Select(p => p.Spec.Id));
            read = preset.Spec;
        }

        if (!read.TryGetValue(out var spec))
            return read;
        if (draws is { } d && d is < 1 or > 200)
            return ValidationError.For("draws", "--draws must lie between 1 and 200.");
        return spec with { Draws = draws ?? spec.Draws, Seed = seed ?? spec.Seed };
    }
}

/// <summary>Neither a file nor a preset id.</summary>
internal sealed record ScenarioNotFound(string Name, IEnumerable<string> Presets)
    : NotFoundError($"'{Name}' is neither a scenario file nor a preset; presets: {string.Join(", ", Presets)}.");

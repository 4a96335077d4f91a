using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Spec;

/// <summary>The scenarios Regie ships (<c>data/scenarios/*.yaml</c>), read and checked.</summary>
public interface IScenarioPresets
{
    /// <summary>Every preset, by id; a broken preset file is an error naming the file.</summary>
    Task<Result<IReadOnlyList<ScenarioPreset>>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A shipped scenario with the text it was read from (shown and offered for editing as it is written).</summary>
public sealed record ScenarioPreset(ScenarioSpec Spec, string Text);

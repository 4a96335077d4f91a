using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Saved;

/// <summary>
/// Saves scenarios under an id that follows from their content, so the same scenario always gets the same URL and
/// saving it twice keeps one copy. The text is checked by <see cref="ScenarioReader"/> and kept in its canonical
/// JSON form; the Monitor is public, so saved scenarios belong to no one.
/// </summary>
public sealed partial class ScenarioLibrary(ISavedScenarios store, TimeProvider time)
{
    /// <summary>Length of an id in hexadecimal digits (48 bits: ample for the number of scenarios people save).</summary>
    public const int IdLength = 12;

    /// <summary>The id a scenario is saved under.</summary>
    public static string IdOf(ScenarioSpec spec) => IdOf(ScenarioWriter.ToJson(spec));

    /// <summary>Checks and saves a scenario (YAML or JSON text).</summary>
    /// <returns>The saved scenario and whether it was new.</returns>
    public async Task<Result<(SavedScenario Saved, bool Created)>> SaveAsync(string text, CancellationToken cancellationToken)
    {
        var read = ScenarioReader.Read(text);
        if (!read.TryGetValue(out var spec))
            return read.Error!;
        var json = ScenarioWriter.ToJson(spec);
        var saved = new SavedScenario(IdOf(json), json, time.GetUtcNow());
        var created = await store.AddAsync(saved, cancellationToken).ConfigureAwait(false);
        if (created)
            return (saved, true);
        var kept = await store.FindAsync(saved.Id, cancellationToken).ConfigureAwait(false);
        return (kept ?? saved, false);
    }

    /// <summary>A saved scenario and its spec; <see cref="SavedScenarioNotFound"/> for an unknown or malformed id.</summary>
    public async Task<Result<(SavedScenario Saved, ScenarioSpec Spec)>> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id is null || !IdPattern().IsMatch(id))
            return new SavedScenarioNotFound(id ?? "");
        var saved = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (saved is null)
            return new SavedScenarioNotFound(id);
        var read = ScenarioReader.Read(saved.Json, $"saved scenario {id}");
        return read.TryGetValue(out var spec) ? (saved, spec) : read.Error!;
    }

    private static string IdOf(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..IdLength];

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex IdPattern();
}

/// <summary>No scenario is saved under this id.</summary>
public sealed record SavedScenarioNotFound(string Id) : NotFoundError($"No scenario is saved under '{Id}'.");

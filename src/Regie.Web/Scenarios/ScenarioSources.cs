using System.Text;
using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Saved;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Web.Scenarios;

/// <summary>
/// Finds the scenario a request names, as the CLI's <c>ScenarioSource</c> does for files and presets: a shipped
/// preset by id, a scenario text (YAML or JSON, at most <see cref="ScenarioLabOptions.MaxSpecBytes"/>), or a saved
/// scenario by id; then applies a draws override. Errors name the request field they belong to.
/// </summary>
internal sealed class ScenarioSources(IScenarioPresets presets, ScenarioLibrary library, IOptions<ScenarioLabOptions> options)
{
    /// <summary>Exactly one of <paramref name="preset"/>, <paramref name="text"/> and <paramref name="saved"/>; <paramref name="draws"/> overrides the scenario's.</summary>
    public async Task<Result<ScenarioSpec>> ResolveAsync(string? preset, string? text, string? saved, int? draws, CancellationToken cancellationToken)
    {
        var given = new[] { preset, text, saved }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given != 1)
            return ValidationError.For("spec", "Give exactly one of: preset (an id), spec (a scenario) or saved (the id of a saved scenario).");
        var spec = !string.IsNullOrWhiteSpace(preset) ? await PresetAsync(preset.Trim(), cancellationToken)
            : !string.IsNullOrWhiteSpace(saved) ? await SavedAsync(saved.Trim(), cancellationToken)
            : Read(text!, "spec"); // given == 1 and neither preset nor saved: the text is there
        if (!spec.TryGetValue(out var value))
            return spec;
        if (draws is { } d && d is < 1 or > 200)
            return ValidationError.For("draws", "Choose from 1 to 200 draws.");
        return value with { Draws = draws ?? value.Draws };
    }

    /// <summary>A shipped preset; an unknown id is an error on <c>preset</c> listing the ids.</summary>
    public async Task<Result<ScenarioSpec>> PresetAsync(string id, CancellationToken cancellationToken)
    {
        var list = await presets.ListAsync(cancellationToken);
        if (!list.TryGetValue(out var all))
            return list.Error!;
        return all.FirstOrDefault(p => p.Spec.Id == id) is { } found
            ? found.Spec
            : ValidationError.For("preset", $"Unknown preset '{id}'; choose one of: {string.Join(", ", all.Select(p => p.Spec.Id))}.");
    }

    /// <summary>A scenario text, refused when longer than the limit; the reader's field errors otherwise.</summary>
    public Result<ScenarioSpec> Read(string text, string field)
    {
        var max = options.Value.MaxSpecBytes;
        return Encoding.UTF8.GetByteCount(text) > max ? SpecSize.TooLarge(field, max) : ScenarioReader.Read(text, field);
    }

    private async Task<Result<ScenarioSpec>> SavedAsync(string id, CancellationToken cancellationToken)
    {
        var found = await library.FindAsync(id, cancellationToken);
        if (found.TryGetValue(out var value))
            return value.Spec;
        return found.Error is SavedScenarioNotFound missing ? ValidationError.For("saved", missing.Message) : found.Error!;
    }
}

using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Web.Api;

/// <summary>A shipped scenario.</summary>
/// <param name="Spec">The scenario in the file format (snake_case keys), as it can be posted back.</param>
/// <param name="Text">The preset file as written (YAML, with its comments).</param>
internal sealed record PresetDto(
    string Id, LocalizedText Name, LocalizedText? Description, string Incidence, string Margin, double DisplacementShare, int Draws, JsonNode Spec, string Text);

/// <summary>Which scenario to use: exactly one of preset, spec and saved.</summary>
internal class ScenarioChoice
{
    [Description("Id of a shipped preset, e.g. \"central\" (GET /api/scenarios/presets).")]
    public string? Preset { get; set; }

    [Description("A scenario in the file format (snake_case keys, as data/scenarios/*.yaml), as a JSON object, or its YAML/JSON text as a string; at most 16 KB.")]
    public JsonElement? Spec { get; set; }

    [Description("Id of a saved scenario (POST /api/scenarios/saved).")]
    public string? Saved { get; set; }

    /// <summary>The spec as text for the reader: a string as it is, an object or array as its JSON.</summary>
    public string? SpecText() => Spec switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        var json => json.Value.GetRawText(),
    };
}

/// <summary>Body of POST /api/scenarios/runs.</summary>
internal sealed class RunRequest : ScenarioChoice
{
    [Description("Monte Carlo draws (1–200), overriding the scenario's.")]
    public int? Draws { get; set; }
}

/// <summary>A run of a scenario on the web's population.</summary>
/// <param name="Status">queued, running, done, failed or cancelled.</param>
/// <param name="Progress">Share done, 0–1.</param>
/// <param name="Error">Why the run failed (failed runs only).</param>
/// <param name="Result">The figures with their manifest (done runs only).</param>
internal sealed record RunDto(
    string Id,
    string Status,
    double Progress,
    string ScenarioId,
    LocalizedText ScenarioName,
    int Draws,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    RunLinks Links,
    ScenarioResult? Result);

/// <summary>Where to read a run and its downloads.</summary>
internal sealed record RunLinks(string Self, string Page, string Csv, string Xlsx, string Json, string ScenarioJson, string ScenarioYaml);

/// <summary>A saved scenario.</summary>
/// <param name="Spec">The scenario in the file format (snake_case keys).</param>
/// <param name="Json">Its canonical JSON text, whose hash is the id.</param>
/// <param name="Page">The page that shows it and runs it.</param>
internal sealed record SavedScenarioDto(string Id, DateTimeOffset CreatedAt, LocalizedText Name, JsonNode Spec, string Json, string Page);

/// <summary>Body of POST /api/scenarios/saved.</summary>
internal sealed class SaveRequest : ScenarioChoice;

/// <summary>The household found by GET /api/scenarios/runs/{id}/households/hit.</summary>
internal sealed record HitHouseholdDto(int Household, int Decile, int Draw, string Explain);

/// <summary>Body of POST /api/scenarios/explain: a described household under a scenario's law, margin, re-employment and take-up.</summary>
internal sealed class ExplainRequest : ScenarioChoice
{
    [Description("The household.")]
    public HouseholdRequest? Household { get; set; }
}

/// <summary>A hypothetical household.</summary>
internal sealed class HouseholdRequest
{
    [Description("The members, head first (1–12).")]
    public List<MemberRequest>? Members { get; set; }

    [Description("Savings counted in the bijstand asset test, in euros.")]
    public decimal? LiquidAssets { get; set; }

    [Description("Index (0-based) of the member the scenario hits; absent = nobody.")]
    public int? HitMember { get; set; }

    [Description("Month of the horizon (0-based) in which they are hit.")]
    public int? HitMonth { get; set; }
}

/// <summary>One member of a hypothetical household; money in euros per month, gross including holiday allowance.</summary>
internal sealed class MemberRequest
{
    public int? Age { get; set; }

    public HouseholdRole? Role { get; set; }

    public LabourStatus? Status { get; set; }

    public Education? Education { get; set; }

    public decimal? MonthlyWage { get; set; }

    public int? HoursPerWeek { get; set; }

    [Description("Years of work before 2016 (WW duration build-up).")]
    public int? YearsBefore2016 { get; set; }

    [Description("Years of work since 2016.")]
    public int? YearsSince2016 { get; set; }

    public decimal? SelfEmployment { get; set; }

    public decimal? Pension { get; set; }
}

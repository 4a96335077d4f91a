using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Monitor.Scenarios.Spec;

/// <summary>
/// Writes a scenario back as JSON in the file format <see cref="ScenarioReader"/> reads: every field spelled
/// out, in a fixed order, so the text is canonical (it is hashed into the run manifest).
/// </summary>
public static class ScenarioWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The scenario as canonical JSON.</summary>
    public static string ToJson(ScenarioSpec spec) => JsonSerializer.Serialize(ToDocument(spec), Options);

    internal static ScenarioDocument ToDocument(ScenarioSpec spec) => new()
    {
        Id = spec.Id,
        Name = new() { ["nl"] = spec.Name.Nl, ["en"] = spec.Name.En },
        Description = spec.Description is null ? null : new() { ["nl"] = spec.Description.Nl, ["en"] = spec.Description.En },
        LawDate = spec.LawDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StartYear = spec.StartYear,
        HorizonYears = spec.HorizonYears,
        ExposureIndex = spec.ExposureIndex,
        Incidence = ScenarioNames.Of(spec.Incidence),
        Margin = ScenarioNames.Of(spec.Margin),
        DisplacementShare = spec.DisplacementShare,
        MixedLambda = spec.MixedLambda,
        HoursCutShare = spec.HoursCutShare,
        PhaseIn = [.. spec.PhaseIn],
        SurvivorWageGrowth = spec.SurvivorWageGrowth,
        Reemployment = new()
        {
            MonthlyHazard = Reemployment.AgeBands.ToDictionary(b => b, b => spec.Reemployment.MonthlyHazardByAge[b]),
            EducationFactor = Reemployment.EducationKeys.ToDictionary(e => e, e => spec.Reemployment.EducationFactor[e]),
            TrainingUplift = spec.Reemployment.TrainingUplift,
            WageFactor = spec.Reemployment.WageFactor,
        },
        TakeUp = new() { Ww = spec.TakeUp.Ww, Toeslagenwet = spec.TakeUp.Toeslagenwet, Bijstand = spec.TakeUp.Bijstand },
        Draws = spec.Draws,
        Seed = spec.Seed,
    };
}

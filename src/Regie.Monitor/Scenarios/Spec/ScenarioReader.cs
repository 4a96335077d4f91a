using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Results;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Monitor.Scenarios.Spec;

/// <summary>
/// Reads a scenario from YAML or JSON text (JSON is read as YAML flow syntax). Fields left out take the
/// defaults of <see cref="ScenarioDefaults"/>; every wrong field is named, with the line for syntax errors.
/// </summary>
public static partial class ScenarioReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses and checks a scenario.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">Where the text came from, for messages (a file name).</param>
    public static Result<ScenarioSpec> Read(string text, string source = "scenario")
    {
        ScenarioDocument? document;
        try
        {
            document = Deserializer.Deserialize<ScenarioDocument?>(text);
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            return ValidationError.For("file", $"{source}, line {e.Start.Line}, column {e.Start.Column}: {reason}");
        }

        return document is null
            ? ValidationError.For("file", $"{source} is empty.")
            : Check(document);
    }

    private static Result<ScenarioSpec> Check(ScenarioDocument d)
    {
        var errors = new ScenarioErrors();
        var id = d.Id?.Trim() ?? "";
        if (!IdPattern().IsMatch(id))
            errors.Add("id", "Give an id of 1–60 lower-case letters, digits or dashes.");
        var name = Text(d.Name, "name", errors, required: true);
        var description = d.Description is null ? null : Text(d.Description, "description", errors, required: false);

        var lawDate = ScenarioDefaults.LawDate;
        if (d.LawDate is not null && !DateOnly.TryParseExact(d.LawDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out lawDate))
            errors.Add("law_date", "Write the law date as yyyy-mm-dd.");

        var startYear = errors.Range("start_year", d.StartYear ?? ScenarioDefaults.StartYear, 2000, 2100);
        var horizon = errors.Range("horizon_years", d.HorizonYears ?? ScenarioDefaults.HorizonYears, 1, 30);
        var exposure = d.ExposureIndex?.Trim() ?? ScenarioDefaults.ExposureIndex;

        var incidence = d.Incidence is null ? Incidence.ExposureProportional : ScenarioNames.ParseIncidence(d.Incidence);
        if (incidence is null)
            errors.Add("incidence", $"Choose one of: {string.Join(", ", ScenarioNames.Incidences)}.");
        var margin = d.Margin is null ? AdjustmentMargin.JobLoss : ScenarioNames.ParseMargin(d.Margin);
        if (margin is null)
            errors.Add("margin", $"Choose one of: {string.Join(", ", ScenarioNames.Margins)}.");

        var share = errors.Range("displacement_share", d.DisplacementShare ?? ScenarioDefaults.DisplacementShare, 0, 0.5);
        var lambda = errors.Range("mixed_lambda", d.MixedLambda ?? 1.0, 0, 1);
        var hoursCut = errors.Range("hours_cut_share", d.HoursCutShare ?? ScenarioDefaults.HoursCutShare, 0, 1);
        var growth = errors.Range("survivor_wage_growth", d.SurvivorWageGrowth ?? ScenarioDefaults.SurvivorWageGrowth, -0.5, 0.5);
        var phaseIn = PhaseIn(d.PhaseIn, errors);
        var reemployment = ReemploymentOf(d.Reemployment, errors);
        var takeUp = new TakeUp(
            errors.Range("take_up.ww", d.TakeUp?.Ww ?? 1, 0, 1),
            errors.Range("take_up.toeslagenwet", d.TakeUp?.Toeslagenwet ?? 1, 0, 1),
            errors.Range("take_up.bijstand", d.TakeUp?.Bijstand ?? 1, 0, 1));
        var draws = errors.Range("draws", d.Draws ?? 1, 1, 200);

        if (errors.Any)
            return errors.ToError();
        return new ScenarioSpec(
            id, name!, description, lawDate, startYear, horizon, exposure, incidence!.Value, margin!.Value,
            share, lambda, hoursCut, phaseIn, growth, reemployment, takeUp, draws, d.Seed ?? 0);
    }

    private static LocalizedText? Text(Dictionary<string, string>? text, string field, ScenarioErrors errors, bool required)
    {
        var nl = text?.GetValueOrDefault("nl")?.Trim();
        var en = text?.GetValueOrDefault("en")?.Trim();
        if (string.IsNullOrEmpty(nl) && string.IsNullOrEmpty(en))
        {
            if (required)
                errors.Add(field, "Give a text in Dutch (nl) and/or English (en).");
            return null;
        }

        if ((nl?.Length ?? 0) > 500 || (en?.Length ?? 0) > 500)
            errors.Add(field, "Keep the text under 500 characters.");
        return new LocalizedText(string.IsNullOrEmpty(nl) ? en! : nl, string.IsNullOrEmpty(en) ? nl! : en);
    }

    private static IReadOnlyList<double> PhaseIn(List<double>? values, ScenarioErrors errors)
    {
        if (values is null)
            return ScenarioDefaults.PhaseIn;
        if (values.Count is 0 or > 30)
            errors.Add("phase_in", "Give 1–30 cumulative shares, one per year.");
        else if (values.Any(v => v is < 0 or > 1) || values.Zip(values.Skip(1)).Any(p => p.Second < p.First))
            errors.Add("phase_in", "Shares run from 0 to 1 and never go down.");
        return values;
    }

    private static Reemployment ReemploymentOf(ReemploymentDocument? d, ScenarioErrors errors)
    {
        if (d is null)
            return Reemployment.None;
        var hazards = Reemployment.AgeBands.ToDictionary(b => b, b => errors.Range($"reemployment.monthly_hazard.{b}", d.MonthlyHazard?.GetValueOrDefault(b) ?? 0, 0, 1));
        foreach (var key in d.MonthlyHazard?.Keys.Except(Reemployment.AgeBands) ?? [])
            errors.Add($"reemployment.monthly_hazard.{key}", $"Unknown age band; use {string.Join(", ", Reemployment.AgeBands)}.");
        var factors = Reemployment.EducationKeys.ToDictionary(e => e, e => errors.Range($"reemployment.education_factor.{e}", d.EducationFactor?.GetValueOrDefault(e) ?? 1, 0, 10));
        foreach (var key in d.EducationFactor?.Keys.Except(Reemployment.EducationKeys) ?? [])
            errors.Add($"reemployment.education_factor.{key}", $"Unknown education level; use {string.Join(", ", Reemployment.EducationKeys)}.");
        return new Reemployment(
            hazards,
            factors,
            errors.Range("reemployment.training_uplift", d.TrainingUplift ?? 0, 0, 5),
            errors.Range("reemployment.wage_factor", d.WageFactor ?? 1, 0.1, 2));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex IdPattern();
}

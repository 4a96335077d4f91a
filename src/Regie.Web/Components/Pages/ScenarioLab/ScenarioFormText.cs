using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// Between the parameter form and a scenario: a scenario's values as form text (in the reader's language), and the
/// form's text as a scenario in the file format. Numbers the form cannot read are named per field; everything else is
/// left to the scenario reader, whose field names map back to the form's fields.
/// </summary>
internal static class ScenarioFormText
{
    /// <summary>Each form field and the scenario field it fills; <c>Percent</c> fields are typed in percent.</summary>
    private static readonly (string Property, string Field, Kind Kind)[] Fields =
    [
        (nameof(ScenarioForm.Id), "id", Kind.Text),
        (nameof(ScenarioForm.LawDate), "law_date", Kind.Text),
        (nameof(ScenarioForm.StartYear), "start_year", Kind.Whole),
        (nameof(ScenarioForm.HorizonYears), "horizon_years", Kind.Whole),
        (nameof(ScenarioForm.ExposureIndex), "exposure_index", Kind.Text),
        (nameof(ScenarioForm.Incidence), "incidence", Kind.Text),
        (nameof(ScenarioForm.Margin), "margin", Kind.Text),
        (nameof(ScenarioForm.DisplacementShare), "displacement_share", Kind.Percent),
        (nameof(ScenarioForm.MixedLambda), "mixed_lambda", Kind.Percent),
        (nameof(ScenarioForm.HoursCutShare), "hours_cut_share", Kind.Percent),
        (nameof(ScenarioForm.PhaseIn), "phase_in", Kind.PercentList),
        (nameof(ScenarioForm.SurvivorWageGrowth), "survivor_wage_growth", Kind.Percent),
        (nameof(ScenarioForm.Hazard1524), "reemployment.monthly_hazard.15-24", Kind.Percent),
        (nameof(ScenarioForm.Hazard2534), "reemployment.monthly_hazard.25-34", Kind.Percent),
        (nameof(ScenarioForm.Hazard3544), "reemployment.monthly_hazard.35-44", Kind.Percent),
        (nameof(ScenarioForm.Hazard4554), "reemployment.monthly_hazard.45-54", Kind.Percent),
        (nameof(ScenarioForm.Hazard55Aow), "reemployment.monthly_hazard.55-aow", Kind.Percent),
        (nameof(ScenarioForm.EducationLow), "reemployment.education_factor.low", Kind.Number),
        (nameof(ScenarioForm.EducationMiddle), "reemployment.education_factor.middle", Kind.Number),
        (nameof(ScenarioForm.EducationHigh), "reemployment.education_factor.high", Kind.Number),
        (nameof(ScenarioForm.TrainingUplift), "reemployment.training_uplift", Kind.Percent),
        (nameof(ScenarioForm.WageFactor), "reemployment.wage_factor", Kind.Percent),
        (nameof(ScenarioForm.TakeUpWw), "take_up.ww", Kind.Percent),
        (nameof(ScenarioForm.TakeUpTw), "take_up.toeslagenwet", Kind.Percent),
        (nameof(ScenarioForm.TakeUpBijstand), "take_up.bijstand", Kind.Percent),
        (nameof(ScenarioForm.Draws), "draws", Kind.Whole),
        (nameof(ScenarioForm.Seed), "seed", Kind.Whole),
    ];

    private enum Kind
    {
        Text,
        Whole,
        Number,
        Percent,
        PercentList,
    }

    /// <summary>The form property a scenario reader field belongs to ("name" and "description" included), or null.</summary>
    public static string? PropertyOf(string field) => field switch
    {
        "name" => nameof(ScenarioForm.Name),
        "description" => nameof(ScenarioForm.Description),
        _ => Fields.FirstOrDefault(f => f.Field == field).Property,
    };

    /// <summary>The form filled with a scenario's values, numbers written in <paramref name="culture"/>.</summary>
    public static ScenarioForm From(ScenarioSpec spec, string language, CultureInfo culture)
    {
        var node = JsonNode.Parse(ScenarioWriter.ToJson(spec))!.AsObject(); // the writer writes an object
        var form = new ScenarioForm
        {
            Name = spec.Name.For(language),
            Description = spec.Description?.For(language),
        };
        foreach (var (property, field, kind) in Fields)
        {
            var value = At(node, field);
            var text = kind switch
            {
                Kind.Percent => Percent(value, culture),
                Kind.PercentList => string.Join(' ', value!.AsArray().Select(v => Percent(v, culture))), // phase_in is always written
                Kind.Number => value?.GetValue<decimal>().ToString("0.####", culture),
                _ => value?.ToString(),
            };
            typeof(ScenarioForm).GetProperty(property)!.SetValue(form, text); // every property in the table exists
        }

        return form;
    }

    /// <summary>The form as a scenario text (JSON in the file format), or the fields whose numbers cannot be read.</summary>
    public static (string? Text, IReadOnlyList<string> Unreadable) ToText(ScenarioForm form)
    {
        var root = new JsonObject();
        var unreadable = new List<string>();
        if (!string.IsNullOrWhiteSpace(form.Name))
            root["name"] = new JsonObject { ["nl"] = form.Name.Trim(), ["en"] = form.Name.Trim() };
        if (!string.IsNullOrWhiteSpace(form.Description))
            root["description"] = new JsonObject { ["nl"] = form.Description.Trim(), ["en"] = form.Description.Trim() };
        foreach (var (property, field, kind) in Fields)
        {
            var text = (string?)typeof(ScenarioForm).GetProperty(property)!.GetValue(form); // every property in the table exists
            if (string.IsNullOrWhiteSpace(text))
                continue;
            JsonNode? value = kind switch
            {
                Kind.Text => JsonValue.Create(text.Trim()),
                Kind.Whole => ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole) : null,
                Kind.Number => ReadNumber(text) is { } number ? JsonValue.Create(number) : null,
                Kind.Percent => ReadNumber(text) is { } percent ? JsonValue.Create(percent / 100m) : null,
                _ => ReadList(text),
            };
            if (value is null)
                unreadable.Add(property);
            else
                Put(root, field, value);
        }

        return unreadable.Count > 0 ? (null, unreadable) : (root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), []);
    }

    private static JsonNode? At(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
            node = node?[part];
        return node;
    }

    private static void Put(JsonObject root, string path, JsonNode value)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
                node[part] = child = [];
            node = child;
        }

        node[parts[^1]] = value;
    }

    private static string? Percent(JsonNode? value, CultureInfo culture) =>
        value is null ? null : (value.GetValue<decimal>() * 100m).ToString("0.####", culture);

    /// <summary>A number typed with a comma or a point as the decimal separator; null when it is not one.</summary>
    private static decimal? ReadNumber(string text) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static JsonArray? ReadList(string text)
    {
        var parts = text.Split([' ', ';', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Select(ReadNumber).ToList();
        return values.Count == 0 || values.Any(v => v is null) ? null : [.. values.Select(v => (JsonNode)JsonValue.Create(v!.Value / 100m))];
    }
}

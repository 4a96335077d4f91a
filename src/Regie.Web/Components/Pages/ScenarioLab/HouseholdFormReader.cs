using System.Globalization;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// Reads the hypothetical-household form into the Monitor's description. A value it cannot read is reported on its
/// own field (the member row's model and property); the Monitor checks the rest.
/// </summary>
internal static class HouseholdFormReader
{
    public static readonly IReadOnlyList<string> Roles = ["head", "partner", "child", "other"];

    public static readonly IReadOnlyList<string> Statuses = ["employee", "self-employed", "unemployed-ww", "bijstand", "inactive", "retired", "child-or-student"];

    public static readonly IReadOnlyList<string> Educations = ["low", "middle", "high"];

    /// <summary>The household, or the fields that cannot be read: (model, property).</summary>
    public static (HypotheticalHousehold? Household, IReadOnlyList<(object Model, string Property)> Unreadable) Read(HouseholdForm form)
    {
        var bad = new List<(object, string)>();
        var members = new List<HypotheticalMember>();
        var rowOfMember = new List<int>();
        for (var row = 0; row < form.Members.Count; row++)
        {
            var m = form.Members[row];
            if (m.IsEmpty)
                continue;
            var age = Whole(m, nameof(MemberForm.Age), m.Age, bad);
            var role = Parse<HouseholdRole>(m, nameof(MemberForm.Role), m.Role, Roles, bad);
            var status = Parse<LabourStatus>(m, nameof(MemberForm.Status), m.Status, Statuses, bad);
            var education = Parse<Education>(m, nameof(MemberForm.Education), m.Education ?? "middle", Educations, bad);
            var wage = Money(m, nameof(MemberForm.MonthlyWage), m.MonthlyWage, bad);
            var hours = Whole(m, nameof(MemberForm.HoursPerWeek), m.HoursPerWeek, bad);
            var before = Whole(m, nameof(MemberForm.YearsBefore2016), m.YearsBefore2016, bad);
            var since = Whole(m, nameof(MemberForm.YearsSince2016), m.YearsSince2016, bad);
            members.Add(new HypotheticalMember(age, role, status, education, wage, hours, before, since));
            rowOfMember.Add(row);
        }

        var assets = Money(form, nameof(HouseholdForm.LiquidAssets), form.LiquidAssets, bad);
        var month = Whole(form, nameof(HouseholdForm.HitMonth), form.HitMonth, bad, fallback: 1) - 1;
        int? hit = null;
        if (!string.IsNullOrWhiteSpace(form.HitMember))
        {
            var row = Whole(form, nameof(HouseholdForm.HitMember), form.HitMember, bad) - 1;
            var index = rowOfMember.IndexOf(row);
            if (index < 0)
                bad.Add((form, nameof(HouseholdForm.HitMember)));
            hit = index;
        }

        return bad.Count > 0 ? (null, bad) : (new HypotheticalHousehold(members, assets, hit, month), []);
    }

    private static int Whole(object model, string property, string? text, List<(object, string)> bad, int fallback = 0)
    {
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        bad.Add((model, property));
        return fallback;
    }

    private static decimal Money(object model, string property, string? text, List<(object, string)> bad)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        // Euros as typed in either language: "1.234,56", "1234,56" or "1234.56".
        var trimmed = text.Trim().Replace("€", "", StringComparison.Ordinal).Trim();
        var normalised = trimmed.Contains(',', StringComparison.Ordinal) ? trimmed.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : trimmed;
        if (decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        bad.Add((model, property));
        return 0;
    }

    private static T Parse<T>(object model, string property, string? text, IReadOnlyList<string> names, List<(object, string)> bad)
        where T : struct, Enum
    {
        var index = names.ToList().IndexOf(text?.Trim() ?? "");
        if (index >= 0)
            return Enum.Parse<T>(string.Concat(names[index].Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
        bad.Add((model, property));
        return default;
    }
}

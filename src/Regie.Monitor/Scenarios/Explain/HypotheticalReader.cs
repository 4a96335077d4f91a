using System.Globalization;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Population;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// Reads a hypothetical household from YAML or JSON: <c>members</c> (age, role, status, education, monthly_wage,
/// hours, years_before_2016, years_since_2016, self_employment, pension), <c>liquid_assets</c>,
/// <c>hit_member</c>, <c>hit_month</c>. Roles, statuses and education are spelt as the enums (e.g. "head",
/// "employee", "middle").
/// </summary>
public static class HypotheticalReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Result<HypotheticalHousehold> Read(string text, string source = "household")
    {
        Document? d;
        try
        {
            d = Deserializer.Deserialize<Document?>(text);
        }
        catch (YamlException e)
        {
            return ValidationError.For("file", $"{source}, line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException?.Message ?? e.Message).Split('\n')[0]}");
        }

        if (d?.Members is not { Count: > 0 } members)
            return ValidationError.For("members", "Describe at least one member.");
        var list = new List<HypotheticalMember>();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (!Enum.TryParse<HouseholdRole>(m.Role, true, out var role) || !Enum.TryParse<LabourStatus>(m.Status?.Replace("-", "", StringComparison.Ordinal), true, out var status)
                || !Enum.TryParse<Education>(m.Education ?? "middle", true, out var education))
            {
                return ValidationError.For($"members[{i}]", string.Create(CultureInfo.InvariantCulture,
                    $"Role one of {string.Join(", ", Enum.GetNames<HouseholdRole>())}; status one of {string.Join(", ", Enum.GetNames<LabourStatus>())}; education low, middle or high."));
            }

            list.Add(new HypotheticalMember(m.Age, role, status, education, m.MonthlyWage, m.Hours, m.YearsBefore2016, m.YearsSince2016, m.SelfEmployment, m.Pension));
        }

        return new HypotheticalHousehold(list, d.LiquidAssets, d.HitMember, d.HitMonth);
    }

#pragma warning disable CA1812, CA2227, CA1002 // instantiated by YamlDotNet
    private sealed class Document
    {
        public List<MemberDocument>? Members { get; set; }
        public decimal LiquidAssets { get; set; }
        public int? HitMember { get; set; }
        public int HitMonth { get; set; }
    }

    private sealed class MemberDocument
    {
        public int Age { get; set; }
        public string? Role { get; set; }
        public string? Status { get; set; }
        public string? Education { get; set; }
        public decimal MonthlyWage { get; set; }
        public int Hours { get; set; }
        [YamlMember(Alias = "years_before_2016")]
        public int YearsBefore2016 { get; set; }

        [YamlMember(Alias = "years_since_2016")]
        public int YearsSince2016 { get; set; }
        public decimal SelfEmployment { get; set; }
        public decimal Pension { get; set; }
    }
#pragma warning restore CA1812, CA2227, CA1002
}

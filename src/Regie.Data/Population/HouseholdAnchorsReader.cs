using Regie.Data.Files;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>
/// Reads cbs_household_anchors.csv (long format: table, period, breakdown, measure, value) into the household
/// targets: persons by position (37620), households with children by number (71487ned), sizes (70133ned).
/// </summary>
internal static class HouseholdAnchorsReader
{
    private const string File = PopulationSources.HouseholdAnchorsFile;

    public static HouseholdTargets Read(ShippedData data, Figure incomeHouseholds, Figure personsPerHousehold)
    {
        var rows = new Dictionary<(string Table, string Breakdown, string Measure), (double Value, string Period)>();
        using (var csv = CsvTable.Open(data, File, ',', "table_id", "period", "breakdown", "measure", "value"))
        {
            while (csv.Read())
            {
                var key = (csv.RequiredText("table_id"), csv.Text("breakdown") ?? "", csv.RequiredText("measure"));
                var value = csv.Number("value");
                if (value < 0)
                {
                    throw csv.Error("value", $"a count cannot be negative ({value}).");
                }

                rows[key] = (value, csv.RequiredText("period"));
            }
        }

        Figure Get(string table, string source, string breakdown, string measure) =>
            rows.TryGetValue((table, breakdown, measure), out var row)
                ? new Figure(row.Value, source, table, row.Period)
                : throw new DataFormatException(File, null, "measure", $"no row for table {table}, breakdown '{breakdown}', measure '{measure}'.");

        Figure Sum(string table, string source, string breakdown, params string[] measures)
        {
            var parts = measures.Select(m => Get(table, source, breakdown, m)).ToArray();
            return parts[0] with { Value = parts.Sum(p => p.Value) };
        }

        const string all = "sex=total;age=total";
        const string children = "child_age=total";
        string[] counts = ["1_child", "2_children", "3plus_children"];
        return new HouseholdTargets(
            Get("37620", PopulationSources.Positions, all, "persons_in_private_households"),
            Get("37620", PopulationSources.Positions, all, "position_single_person"),
            Sum("37620", PopulationSources.Positions, all, "position_partner_unmarried_couple_without_children", "position_partner_married_couple_without_children"),
            Sum("37620", PopulationSources.Positions, all, "position_partner_unmarried_couple_with_children", "position_partner_married_couple_with_children"),
            Get("37620", PopulationSources.Positions, all, "position_parent_in_single_parent_household"),
            Get("37620", PopulationSources.Positions, all, "position_child_living_at_home"),
            Get("37620", PopulationSources.Positions, all, "position_other_household_member"),
            [.. counts.Select(c => Sum("71487ned", PopulationSources.Children, children, $"unmarried_couples_with_children_{c}", $"married_couples_with_children_{c}"))],
            [.. counts.Select(c => Get("71487ned", PopulationSources.Children, children, $"single_parent_households_{c}"))],
            [.. new[] { "1", "2", "3", "4", "5+" }.Select(s => Get("70133ned", PopulationSources.Sizes, $"size={s}", "private_households"))],
            incomeHouseholds,
            personsPerHousehold);
    }
}

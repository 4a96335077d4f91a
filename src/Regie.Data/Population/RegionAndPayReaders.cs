using System.Globalization;
using Regie.Data.Files;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>Reads 86161NED households by type per province, 84476NED wealth and Gini, and 85517NED 2022 pay quartiles.</summary>
internal static class RegionAndPayReaders
{
    private static readonly Dictionary<string, HouseholdType> TypeCodes = new(StringComparer.Ordinal)
    {
        ["1050015"] = HouseholdType.OnePerson,
        ["1050190"] = HouseholdType.SingleParent,
        ["1017780"] = HouseholdType.CoupleWithoutChildren,
        ["1016090"] = HouseholdType.CoupleWithChildren,
    };

    /// <summary>The 12 provinces (PV20 … PV31, in CBS order = <see cref="Province"/> order) with households by type.</summary>
    public static IReadOnlyList<ProvinceHouseholds> ReadProvinces(ShippedData data)
    {
        const string file = PopulationSources.RegionFile;
        var counts = new Dictionary<(string Region, HouseholdType Type), Figure>();
        using (var csv = CsvTable.Open(data, file, ',', "KenmerkenVanHuishoudens", "RegioS", "Perioden", "ParticuliereHuishoudens_1"))
        {
            while (csv.Read())
            {
                var region = csv.RequiredText("RegioS");
                if (!region.StartsWith("PV", StringComparison.Ordinal))
                {
                    continue;
                }

                var typeCode = csv.RequiredText("KenmerkenVanHuishoudens");
                var type = TypeCodes.TryGetValue(typeCode, out var t) ? t : throw csv.Error("KenmerkenVanHuishoudens", $"unknown household type {typeCode}.");
                var period = csv.RequiredText("Perioden");
                counts[(region, type)] = new Figure(csv.Number("ParticuliereHuishoudens_1") * 1000, PopulationSources.Region, "86161NED", period.Length >= 4 ? period[..4] : period);
            }
        }

        return Enum.GetValues<Province>().Select(p =>
        {
            var code = "PV" + (20 + (int)p).ToString(CultureInfo.InvariantCulture);
            Figure Of(HouseholdType type) => counts.TryGetValue((code, type), out var f)
                ? f
                : throw new DataFormatException(file, null, "RegioS", $"no {type} households for province {code}.");
            return new ProvinceHouseholds(p, code, Of(HouseholdType.OnePerson), Of(HouseholdType.SingleParent), Of(HouseholdType.CoupleWithoutChildren), Of(HouseholdType.CoupleWithChildren));
        }).ToList();
    }

    /// <summary>84476NED: mean and median wealth and the Gini of standardised disposable income, latest national year with all three.</summary>
    public static (Figure WealthMean, Figure WealthMedian, Figure Gini) ReadInequality(ShippedData data)
    {
        const string file = PopulationSources.InequalityFile;
        var rows = new Dictionary<(string Concept, int Year), (double? Gini, double? Mean, double? Median, bool Provisional)>();
        using (var csv = CsvTable.Open(data, file, ',', "concept", "household_group", "year", "provisional", "gini", "mean_keur", "median_keur"))
        {
            while (csv.Read())
            {
                if (csv.Text("household_group") == "private_households")
                {
                    rows[(csv.RequiredText("concept"), csv.Integer("year"))] =
                        (csv.NumberOrNull("gini"), csv.NumberOrNull("mean_keur"), csv.NumberOrNull("median_keur"), csv.Text("provisional") is not null);
                }
            }
        }

        var year = rows.Keys.Select(k => k.Year)
            .Where(y => rows.TryGetValue(("wealth", y), out var w) && w.Mean is > 0 && w.Median is > 0
                && rows.TryGetValue(("standardised_disposable_income", y), out var i) && i.Gini is not null)
            .DefaultIfEmpty(-1).Max();
        if (year < 0)
        {
            throw new DataFormatException(file, null, "year", "no year has wealth mean and median and the income Gini for all private households.");
        }

        var wealth = rows[("wealth", year)];
        var income = rows[("standardised_disposable_income", year)];
        Figure Of(double value, bool provisional) => new(value, PopulationSources.Inequality, "84476NED", year.ToString(CultureInfo.InvariantCulture) + (provisional ? "*" : ""));
        return (Of(wealth.Mean!.Value * 1000, wealth.Provisional), Of(wealth.Median!.Value * 1000, wealth.Provisional), Of(income.Gini!.Value, income.Provisional)); // known by the filter above
    }

    /// <summary>85517NED 2022: quartiles per BRC class, segment and group, and "Totaal"; rows without quartiles are left out.</summary>
    public static IReadOnlyList<PayReference> ReadEarlierPay(ShippedData data)
    {
        const string file = PopulationSources.EarlierPayFile;
        var result = new List<PayReference>();
        using var csv = CsvTable.Open(data, file, ',', "brc", "p25", "p50", "p75");
        while (csv.Read())
        {
            var (p25, p50, p75) = (csv.NumberOrNull("p25"), csv.NumberOrNull("p50"), csv.NumberOrNull("p75"));
            if (p25 is null || p50 is null || p75 is null)
            {
                continue;
            }

            if (!(p25 > 0 && p25 <= p50 && p50 <= p75))
            {
                throw csv.Error("p50", $"quartiles out of order ({p25}, {p50}, {p75}).");
            }

            Figure Of(double value) => new(value, PopulationSources.EarlierPay, "85517NED", "2022");
            result.Add(new PayReference(csv.RequiredText("brc"), new PayQuartiles(Of(p25.Value), Of(p50.Value), Of(p75.Value))));
        }

        return result;
    }
}

using Regie.Data.Files;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>
/// Reads the latest complete year of the CBS tables derived from StatLine: benefits (37789ksz), labour
/// participation (85224NED), household income (83932NED). Values ×1,000 are converted to persons or households.
/// </summary>
internal static class StatLineReaders
{
    /// <summary>37789ksz: the latest annual row (period …JJ00) with every needed benefit; annual averages.</summary>
    public static (Figure Aow, Figure Ww, Figure BijstandBelow, Figure BijstandFrom) ReadBenefits(ShippedData data)
    {
        string[] columns = ["aow", "ww_nsa", "bijstand_below_aow_age", "bijstand_from_aow_age"];
        var (year, values) = Latest(data, PopulationSources.BenefitsFile, "period", columns, csv => csv.Text("freq") == "Y");
        var figures = values.Select(v => new Figure(v * 1000, PopulationSources.Benefits, "37789ksz", year)).ToArray();
        return (figures[0], figures[1], figures[2], figures[3]);
    }

    /// <summary>85224NED: the latest annual row, not seasonally adjusted.</summary>
    public static LabourTargets ReadLabour(ShippedData data, (Figure Aow, Figure Ww, Figure BijstandBelow, Figure BijstandFrom) benefits)
    {
        string[] columns =
        [
            "pop_15_74", "pop_edu_low", "pop_edu_mid", "pop_edu_high", "employed", "employees", "self_employed", "self_employed_zzp",
            "self_employed_with_staff_or_family", "emp_lt20h", "emp_20_35h", "emp_fulltime", "emp_edu_low", "emp_edu_mid", "emp_edu_high",
        ];
        var (year, values) = Latest(data, PopulationSources.LabourFile, "period", columns, csv => csv.Text("adjustment") == "original");
        var f = values.Select(v => new Figure(v * 1000, PopulationSources.Labour, "85224NED", year)).ToArray();
        return new LabourTargets(
            f[0], [f[1], f[2], f[3]], f[4], f[5], f[6], f[7], f[8], [f[9], f[10], f[11]], [f[12], f[13], f[14]],
            benefits.Aow, benefits.Ww, benefits.BijstandBelow, benefits.BijstandFrom);
    }

    /// <summary>
    /// 83932NED: households, persons per household, mean primary and gross income, and mean and median standardised
    /// disposable income, in the latest year that has all three concepts.
    /// </summary>
    public static (Figure Households, Figure PersonsPerHousehold, Figure MeanPrimary, Figure MeanGross, Figure StandardisedMean, Figure StandardisedMedian) ReadIncome(ShippedData data)
    {
        var rows = new Dictionary<(int Year, string Concept), (double Households, double Persons, double Mean, double Median)>();
        using (var csv = CsvTable.Open(data, PopulationSources.IncomeFile, ',', "year", "income_concept", "households_thousands", "persons_per_household", "mean_income_keur", "median_income_keur"))
        {
            while (csv.Read())
            {
                rows[(csv.Integer("year"), csv.RequiredText("income_concept"))] =
                    (csv.Number("households_thousands"), csv.Number("persons_per_household"), csv.Number("mean_income_keur"), csv.Number("median_income_keur"));
            }
        }

        var year = rows.Keys
            .Where(k => rows.ContainsKey((k.Year, "primary")) && rows.ContainsKey((k.Year, "gross")) && rows.ContainsKey((k.Year, "standardised_disposable")))
            .Select(k => k.Year).DefaultIfEmpty(-1).Max();
        if (year < 0)
        {
            throw new DataFormatException(PopulationSources.IncomeFile, null, "income_concept", "no year has primary, gross and standardised disposable income.");
        }

        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Figure Of(double value) => new(value, PopulationSources.Income, "83932NED", period);
        var primary = rows[(year, "primary")];
        var standardised = rows[(year, "standardised_disposable")];
        return (Of(primary.Households * 1000), Of(primary.Persons), Of(primary.Mean * 1000), Of(rows[(year, "gross")].Mean * 1000),
            Of(standardised.Mean * 1000), Of(standardised.Median * 1000));
    }

    /// <summary>The row with the largest period among those that pass the filter and have every column filled.</summary>
    private static (string Year, double[] Values) Latest(ShippedData data, string file, string periodColumn, string[] columns, Func<CsvTable, bool> filter)
    {
        string? best = null;
        double[] bestValues = [];
        using var csv = CsvTable.Open(data, file, ',', [periodColumn, .. columns]);
        while (csv.Read())
        {
            var period = csv.RequiredText(periodColumn);
            if (!filter(csv) || !period.EndsWith("JJ00", StringComparison.Ordinal))
            {
                continue;
            }

            var values = columns.Select(c => csv.NumberOrNull(c)).ToArray();
            if (values.All(v => v is not null) && (best is null || string.CompareOrdinal(period, best) > 0))
            {
                if (values.Any(v => v < 0))
                {
                    throw csv.Error(columns[Array.FindIndex(values, v => v < 0)], "a count cannot be negative.");
                }

                best = period;
                bestValues = [.. values.Select(v => v!.Value)]; // every value is known (checked above)
            }
        }

        return best is null
            ? throw new DataFormatException(file, null, periodColumn, "no annual row has every needed value.")
            : (best[..4], bestValues);
    }
}

using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>Reads the Eurostat LFS and SES extracts for the Netherlands. Empty cells are suppressed: null, never 0.</summary>
internal static class EurostatReader
{
    public const string SectorMatrix2022 = "eurostat/lfs_nace_isco_nl.csv";
    public const string SectorMatrix = "eurostat/lfsa_eisn2_nl_2023_2024.csv";
    public const string Earnings2022 = "eurostat/ses_hourly_nace_isco_nl.csv";
    public const string SubMajor2022 = "eurostat/lfs_isco2_nl.csv";
    public const string SubMajorSeries = "eurostat/lfsa_egai2d_nl_isco2_2011_2025.csv";

    public static IReadOnlyList<SectorEmployment> ReadSectorEmployment(ShippedData data)
    {
        var rows = new List<SectorEmployment>();
        using (var csv = CsvTable.Open(data, SectorMatrix2022, ',', "nace_r2", "isco08", "employed_thousands"))
        {
            while (csv.Read())
            {
                rows.Add(new SectorEmployment(Section(csv), Major(csv), 2022, NonNegative(csv, "employed_thousands")));
            }
        }

        using (var csv = CsvTable.Open(data, SectorMatrix, ',', "nace_r2", "isco08", "year", "thousand_persons"))
        {
            while (csv.Read())
            {
                rows.Add(new SectorEmployment(Section(csv), Major(csv), csv.Integer("year"), NonNegative(csv, "thousand_persons")));
            }
        }

        return rows.OrderBy(r => r.Year).ThenBy(r => r.Section, StringComparer.Ordinal).ThenBy(r => r.MajorGroup).ToList();
    }

    public static IReadOnlyList<SectorEarnings> ReadEarnings(ShippedData data)
    {
        var rows = new List<SectorEarnings>();
        using var csv = CsvTable.Open(data, Earnings2022, ',', "nace_r2", "isco08", "mean_hourly_eur");
        while (csv.Read())
        {
            rows.Add(new SectorEarnings(Section(csv), Major(csv), 2022, NonNegative(csv, "mean_hourly_eur")));
        }

        return rows;
    }

    public static IReadOnlyList<SubMajorEmployment> ReadSubMajor(ShippedData data)
    {
        var rows = new List<SubMajorEmployment>();
        using (var csv = CsvTable.Open(data, SubMajor2022, ',', "isco08", "employed_thousands"))
        {
            while (csv.Read())
            {
                rows.Add(new SubMajorEmployment(SubMajor(csv), 2022, "Y_GE15", NonNegative(csv, "employed_thousands"), false, false));
            }
        }

        using (var csv = CsvTable.Open(data, SubMajorSeries, ',', "isco08", "year", "age", "employed_thousands", "flag_low_reliability", "flag_break_in_series"))
        {
            while (csv.Read())
            {
                rows.Add(new SubMajorEmployment(
                    SubMajor(csv),
                    csv.Integer("year"),
                    csv.RequiredText("age"),
                    NonNegative(csv, "employed_thousands"),
                    csv.Text("flag_low_reliability") is not null,
                    csv.Text("flag_break_in_series") is not null));
            }
        }

        return rows;
    }

    private static string Section(CsvTable csv)
    {
        var text = csv.RequiredText("nace_r2");
        return text is [>= 'A' and <= 'U'] ? text : throw csv.Error("nace_r2", $"'{text}' is not a NACE Rev. 2 section (A–U).");
    }

    private static IscoCode Major(CsvTable csv) => Isco(csv, 1);

    private static IscoCode SubMajor(CsvTable csv) => Isco(csv, 2);

    private static IscoCode Isco(CsvTable csv, int level)
    {
        var text = csv.RequiredText("isco08");
        return text.StartsWith("OC", StringComparison.Ordinal) && IscoCode.TryParse(text[2..], out var code) && code.Level == level
            ? code
            : throw csv.Error("isco08", $"'{text}' is not an ISCO-08 level-{level} code such as 'OC{new string('2', level)}'.");
    }

    private static double? NonNegative(CsvTable csv, string column) =>
        csv.NumberOrNull(column) is { } value
            ? value >= 0 ? value : throw csv.Error(column, $"{value} is negative.")
            : null;
}

using Regie.Monitor.Scenarios.Population;

namespace Regie.TestKit.Population;

/// <summary>
/// Hand-built population targets for a small made-up country (73,600 households, 135,000 persons, four occupation
/// groups, four sectors): consistent figures, small enough for fast tests. Not Dutch data.
/// </summary>
public static class SmallPopulationTargets
{
    public static PopulationTargets Create() => new(Households(), Labour(), Occupations(), EarlierPay(), Sectors(), Provinces(), Income());

    public static HouseholdTargets Households() => new(
        Persons(135_000),
        Persons(40_000),
        Persons(28_000),
        Persons(24_000),
        Persons(7_000),
        Persons(33_000),
        Persons(3_000),
        [Children(4_500), Children(5_500), Children(2_000)],
        [Children(4_000), Children(2_300), Children(700)],
        [Size(40_000), Size(17_600), Size(7_400), Size(6_100), Size(2_500)],
        Income(72_000),
        Income(1.8));

    public static LabourTargets Labour() => new(
        Lfs(105_000),
        [Lfs(25_000), Lfs(38_000), Lfs(42_000)],
        Lfs(75_000),
        Lfs(63_000),
        Lfs(12_000),
        Lfs(9_000),
        Lfs(3_000),
        [Lfs(12_000), Lfs(25_000), Lfs(38_000)],
        [Lfs(14_000), Lfs(28_000), Lfs(33_000)],
        Benefit(30_000),
        Benefit(1_500),
        Benefit(3_000),
        Benefit(400));

    public static IReadOnlyList<OccupationTarget> Occupations() =>
    [
        Group("0111", "Docenten", 20_000, 0.60, 0.80, (25, 32, 40), (2, 4)),
        Group("0332", "Verkoopmedewerkers", 25_000, 0.55, 0.20, (13.5, 15.5, 19), (5, 3)),
        Group("0711", "Ingenieurs", 15_000, 0.20, 0.70, null, (2, 3), (3, 1)),
        Group("1121", "Schoonmakers", 15_000, 0.70, 0.05, (14, 16, 18), (9, 2)),
    ];

    public static IReadOnlyList<PayReference> EarlierPay() =>
    [
        Earlier("Totaal", 16, 22, 30),
        Earlier("0111", 23, 30, 37),
        Earlier("071", 24, 30, 38),
    ];

    public static SectorTargets Sectors() => new(
        ["C", "G", "N", "P"],
        [new("P", 2, 20), new("C", 2, 11), new("G", 5, 25), new("C", 3, 4), new("N", 9, 12), new("G", 9, 3)],
        "eurostat-lfsa-eisn2",
        "lfsa_eisn2",
        "2024");

    public static IReadOnlyList<ProvinceHouseholds> Provinces() =>
        [.. Enum.GetValues<Province>().Select(p =>
        {
            var weight = 1 + (int)p;
            return new ProvinceHouseholds(p, $"PV{20 + (int)p}", Region(500.0 * weight), Region(100.0 * weight), Region(180.0 * (13 - weight)), Region(150.0 * weight));
        })];

    public static IncomeAnchors Income() => new(Income(60_000), Income(75_000), Wealth(150_000), Wealth(40_000), Wealth(0.29), Income(40_000), Income(35_000));

    private static OccupationTarget Group(string code, string title, double employed, double women, double higher, (double P25, double P50, double P75)? pay, params (int Major, int Units)[] majors)
    {
        Figure Cbs(double value) => new(value, "cbs-85276ned", "85276NED", "2025 Q4");
        Figure Pay(double value) => new(value, "cbs-85517ned", "85517NED", "2024");
        return new OccupationTarget(
            code, title, code[..3], code[..2], Cbs(employed), Cbs(women), Cbs(higher),
            pay is { } p ? new PayQuartiles(Pay(p.P25), Pay(p.P50), Pay(p.P75)) : null,
            [.. majors.Select(m => new MajorGroupLink(m.Major, m.Units))]);
    }

    private static PayReference Earlier(string code, double p25, double p50, double p75)
    {
        Figure Of(double value) => new(value, "cbs-85517ned-2022", "85517NED", "2022");
        return new PayReference(code, new PayQuartiles(Of(p25), Of(p50), Of(p75)));
    }

    private static Figure Persons(double value) => new(value, "cbs-37620", "37620", "2024");

    private static Figure Children(double value) => new(value, "cbs-71487ned", "71487ned", "2023");

    private static Figure Size(double value) => new(value, "cbs-70133ned", "70133ned", "2022");

    private static Figure Income(double value) => new(value, "cbs-83932ned", "83932NED", "2024");

    private static Figure Lfs(double value) => new(value, "cbs-85224ned", "85224NED", "2025");

    private static Figure Benefit(double value) => new(value, "cbs-37789ksz", "37789ksz", "2025");

    private static Figure Region(double value) => new(value, "cbs-86161ned", "86161NED", "2022");

    private static Figure Wealth(double value) => new(value, "cbs-84476ned", "84476NED", "2019");
}

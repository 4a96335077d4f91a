namespace Regie.Data.Population;

/// <summary>The shipped files and source ids (data/sources.json) the population targets are read from.</summary>
internal static class PopulationSources
{
    public const string HouseholdAnchorsFile = "cbs_pages/cbs_household_anchors.csv";
    public const string InequalityFile = "cbs_pages/cbs_84476NED_inequality_pages.csv";
    public const string BenefitsFile = "cbs_statline/derived/cbs_37789ksz_benefits_nl.csv";
    public const string LabourFile = "cbs_statline/derived/cbs_85224NED_labour_participation_nl.csv";
    public const string IncomeFile = "cbs_statline/derived/cbs_83932NED_household_income_nl_totals.csv";
    public const string RegionFile = "cbs_statline/cbs_86161NED_2022_income_deciles_by_hhtype_region_subset.csv";
    public const string EarlierPayFile = "cbs_statline/brc_wage_quartiles_85517NED_2022.csv";

    public const string Positions = "cbs-37620";
    public const string Sizes = "cbs-70133ned";
    public const string Children = "cbs-71487ned";
    public const string Inequality = "cbs-84476ned";
    public const string Benefits = "cbs-37789ksz";
    public const string Labour = "cbs-85224ned";
    public const string Income = "cbs-83932ned";
    public const string Region = "cbs-86161ned";
    public const string EarlierPay = "cbs-85517ned-2022";
    public const string Employment = "cbs-85276ned";
    public const string Pay = "cbs-85517ned";
    public const string Schakelschema = "cbs-schakelschema";
    public const string SectorMatrix = "eurostat-lfsa-eisn2";
    public const string SectorMatrix2022 = "eurostat-lfsa-eisn2-2022";

    /// <summary>Every source id the targets cite; each must be in the catalogue.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Positions, Sizes, Children, Inequality, Benefits, Labour, Income, Region, EarlierPay, Employment, Pay, Schakelschema, SectorMatrix, SectorMatrix2022];
}

namespace Regie.Monitor.Scenarios.Population;

public static partial class PopulationAssumptions
{
    /// <summary>Years before 2016 counted for WW: all years from age 18 up to this year (the fictitious history).</summary>
    internal const int FictitiousHistoryUntil = 1998;

    /// <summary>Chance that a year since 1998 has ≥ 208 paid hours, by current status.</summary>
    internal const double AttachmentEmployee = 0.90;
    internal const double AttachmentWw = 0.85;
    internal const double AttachmentSelfEmployed = 0.50;
    internal const double AttachmentStudent = 0.50;
    internal const double AttachmentLow = 0.35;
    internal const double AttachmentRetired = 0.80;

    /// <summary>Self-employment profit per year: medians without / with staff, log-normal σ, hours elasticity.</summary>
    internal const double ProfitMedianWithoutStaff = 32_000;
    internal const double ProfitMedianWithStaff = 55_000;
    internal const double ProfitSigma = 0.9;
    internal const double ProfitHoursElasticity = 0.8;

    /// <summary>Supplementary pension at AOW age: share with one, monthly median, σ, shift per education level.</summary>
    internal const double PensionShare = 0.92;
    internal const double PensionMedian = 750;
    internal const double PensionSigma = 0.8;
    internal const double PensionEducation = 0.2;

    /// <summary>Liquid assets per household: median (euros) and score weights on income and the head's age.</summary>
    internal const double AssetsMedian = 14_000;
    internal const double AssetsIncomeWeight = 0.35;
    internal const double AssetsAgeWeight = 0.35;

    /// <summary>Bijstand asset limits 2024 (single; couple or single parent) and the share of the limit held at most.</summary>
    internal const double AssetLimitSingle2024 = 7_575;
    internal const double AssetLimitCouple2024 = 15_150;
    internal const double BijstandAssetsShareOfLimit = 0.90;

    /// <summary>Interest and dividends a year as a share of liquid assets.</summary>
    internal const double CapitalReturn = 0.01;

    /// <summary>Employers' social contributions as a share of gross wages (for the primary-income check only).</summary>
    internal const double EmployerContributions = 0.20;

    private static IEnumerable<PopulationAssumption> IncomeAssumptions()
    {
        yield return new(
            "history.attachment",
            $"Work history for WW: every calendar year from age 18 up to {FictitiousHistoryUntil} counts (the fictitious history); each later year up to the labour year has ≥ 208 paid hours with a chance by current status (binomial): employee, WW, self-employed, child/student, bijstand or inactive, retired.",
            $"{Pct(AttachmentEmployee)}, {Pct(AttachmentWw)}, {Pct(AttachmentSelfEmployed)}, {Pct(AttachmentStudent)}, {Pct(AttachmentLow)}, {Pct(AttachmentRetired)}",
            "No employment histories are on disk; attachment differs by status.",
            "CBS / UWV employment histories (polisadministratie) by age and status.",
            AssumptionStatus.Estimate);
        yield return new(
            "ww.baseline-stock",
            "Baseline WW recipients have months left spread evenly over 1 … their entitlement (the WW stock as a steady state). Entitlement from their history: a month per year before 2016 and per year up to the tenth, half a month per later year from 2016, 3 to 24 months; 3 months when fewer than 4 of the last 5 years were worked. Their prior wage is drawn from all employees' pay (2022 quartiles uprated to 2024) and hours: no selection on pay.",
            "even over 1 … entitlement",
            "37789ksz gives the stock, not durations or prior wages. Duration rule per art. 42 WW as in the domain note; the engine's rules decide new claims.",
            "UWV WW stock by duration and daily wage.",
            AssumptionStatus.Estimate);
        yield return new(
            "income.self-employment",
            $"Self-employment profit per year is log-normal with median {Euro(ProfitMedianWithoutStaff)} without staff and {Euro(ProfitMedianWithStaff)} with staff (σ {F(ProfitSigma, 1)}), × (hours / 38)^{F(ProfitHoursElasticity, 1)}; no losses; employees have no second self-employment income.",
            $"{Euro(ProfitMedianWithoutStaff)} / {Euro(ProfitMedianWithStaff)}, σ {F(ProfitSigma, 1)}",
            "No microdata on profits are on disk; the medians are of the order CBS reports for the self-employed.",
            "CBS income of self-employed persons (e.g. 83962NED) or IPO microdata.",
            AssumptionStatus.Verify);
        yield return new(
            "income.supplementary-pension",
            $"Of persons at AOW age, this share has a supplementary (occupational) pension; its monthly amount is log-normal with median {Euro(PensionMedian)} and σ {F(PensionSigma, 1)}, shifted by {F(PensionEducation, 1)} per education level above or below middle. AOW itself comes from the rules.",
            $"{Pct(PensionShare)}, median {Euro(PensionMedian)} a month",
            "Most Dutch retirees have an occupational pension; no amounts are on disk.",
            "CBS pension benefits by age and income (IPO) or DNB pension statistics.",
            AssumptionStatus.Verify);
        yield return new(
            "income.liquid-assets",
            $"Liquid assets (savings) per household are log-normal with median {Euro(AssetsMedian)} and the spread of Dutch household wealth, σ = √(2 ln(mean / median)) of 84476NED; ranked on a score of {F(AssetsIncomeWeight)} × standardised log income + {F(AssetsAgeWeight)} × standardised age of the head + noise. Bijstand households hold an even share of at most {Pct(BijstandAssetsShareOfLimit)} of the 2024 asset limit ({Euro(AssetLimitSingle2024)} single, {Euro(AssetLimitCouple2024)} couple or single parent).",
            $"median {Euro(AssetsMedian)}; limits {Euro(AssetLimitSingle2024)} / {Euro(AssetLimitCouple2024)}",
            "84476NED gives total wealth (incl. housing), not savings; the shape is borrowed, the level (about €55 thousand mean, some €460 bn in all) is of the order of Dutch household deposits. Bijstand recipients pass the asset test by definition.",
            "CBS bank and savings balances of households by income and age (vermogensstatistiek).",
            AssumptionStatus.Estimate);
        yield return new(
            "income.capital",
            "Interest and dividends a year = this share of liquid assets, split equally between head and partner.",
            Pct(CapitalReturn),
            "Savings rates of about 1 %; the UK replication of the ESRI study uses a 1.005 % baseline return.",
            "CBS income from property by household (IPO).",
            AssumptionStatus.Estimate);
        yield return new(
            "check.employer-contributions",
            "For the primary-income sanity check only: CBS primary income includes employers' social contributions, taken as this share of gross wages.",
            Pct(EmployerContributions),
            "Makes the synthetic gross wages comparable with 83932NED's primary income.",
            "CBS national accounts: employers' social contributions / wages and salaries.",
            AssumptionStatus.Estimate);
    }
}

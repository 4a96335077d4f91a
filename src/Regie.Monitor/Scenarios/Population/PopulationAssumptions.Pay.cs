namespace Regie.Monitor.Scenarios.Population;

public static partial class PopulationAssumptions
{
    /// <summary>Pay rank score: per education level, per year of age above 18 (up to 30 years), for full-time work.</summary>
    internal const double PayEducation = 0.45;
    internal const double PayPerYear = 0.03;
    internal const int PayYearsCap = 30;
    internal const double PayFullTime = 0.35;

    /// <summary>Holiday allowance added to hourly pay × hours (CBS 85517NED hourly pay excludes special payments).</summary>
    internal const double HolidayAllowance = 0.08;

    /// <summary>Statutory minimum hourly wage 2024 (21+) and youth percentages for ages 15–20.</summary>
    internal const double MinimumHourlyWage2024 = 13.27;

    internal static readonly double[] YouthMinimumShare = [0.30, 0.345, 0.395, 0.50, 0.60, 0.80];

    /// <summary>The age from which the adult minimum wage applies; younger workers are ranked lowest in their group's pay.</summary>
    internal const int AdultMinimumWageAge = 21;

    internal const double PayYouth = 2.0;

    private static IEnumerable<PopulationAssumption> PayAssumptions()
    {
        yield return new(
            "pay.distribution",
            $"Hourly pay of employees in a BRC group follows a split log-normal through CBS's quartiles: below the median σ = ln(P50/P25) / 0.6745, above it σ = ln(P75/P50) / 0.6745, so P25, P50 and P75 are met exactly. Employees are placed by rank on a score: {F(PayEducation)} × education level + {F(PayPerYear)} × years of age above 18 (at most {PayYearsCap}) + {F(PayFullTime)} if full time + normal noise.",
            $"σ per side; score {F(PayEducation)} / {F(PayPerYear)} / {F(PayFullTime)}",
            "Three quartiles fix a two-sided log-normal; within a group pay rises with education and experience.",
            "CBS 85517NED deciles, or pay by occupation × education × age.",
            AssumptionStatus.Estimate);
        yield return new(
            "occupation.youth-from-pay",
            $"Young workers (under {AdultMinimumWageAge}) are placed in occupation groups jointly with sex and education: each group gets at least the share of its pay distribution that lies below the adult minimum wage (only the young may lawfully earn less), the other young workers in proportion to the groups' remaining employment. Within a group the young rank lowest in pay (score −{F(PayYouth, 1)} per year under {AdultMinimumWageAge}).",
            $"floor = share of pay below {"€" + F(MinimumHourlyWage2024)}",
            "No occupation × age table is on disk, but a group whose first quartile is below the adult minimum wage (shelf stackers, cashiers, kitchen hands) must employ many young people.",
            "CBS employed by occupation and age (85276NED has an age dimension).",
            AssumptionStatus.Method);
        yield return new(
            "pay.earlier-year-fallback",
            "The 40 BRC groups without 2024 quartiles take their segment's 2022 quartiles (else their class's, else all employees'), multiplied by the median ratio of 2024 to 2022 group medians over the groups that have both.",
            "ratio derived from the data (about 1.13)",
            "85517NED 2024 is suppressed for small groups in the shipped extract; 2022 segments are the nearest published pay.",
            "85517NED 2024 for every group (or its segment).",
            AssumptionStatus.Method);
        yield return new(
            "pay.holiday-allowance",
            "CBS 85517NED's hourly pay excludes special payments such as the holiday allowance; monthly wage = hourly pay × hours × 52 / 12 × (1 + this share). A 13th month and other bonuses are not added.",
            Pct(HolidayAllowance),
            "The statutory holiday allowance is 8 % of pay; the population's wage column is defined including it.",
            "The 85517NED table explanation (definition of 'uurloon').",
            AssumptionStatus.Verify);
        yield return new(
            "pay.minimum-wage",
            $"Nobody earns less per hour than the statutory minimum wage of 2024 (21+; ages 15–20 the youth percentages). Pay stays at 2024 levels (85517NED 2024): no uprating to the labour year.",
            $"€{F(MinimumHourlyWage2024)} per hour; youth {string.Join(" / ", YouthMinimumShare.Select(Pct))}",
            "The quartiles are 2024 figures; the minimum wage of the same year keeps the low tail lawful.",
            "The rules' dated minimum-wage parameters (Wet minimumloon; Staatscourant).",
            AssumptionStatus.Secondary);
    }
}

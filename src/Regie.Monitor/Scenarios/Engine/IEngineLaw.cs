namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The rules as the engine's monthly loop asks for them, in whole eurocents. Implemented over the compiled law
/// (integer arithmetic, exactly equal to the decimal rule functions that carry the legal references).
/// </summary>
internal interface IEngineLaw
{
    /// <summary>AOW age in whole years on the law date.</summary>
    int AowAge { get; }

    /// <summary>Gross monthly AOW for a person living alone or with a partner.</summary>
    long AowCents(bool couple);

    /// <summary>Net income tax and national insurance for one person-year (box 1 minus tax credits, never below 0).</summary>
    long TaxCents(long taxableAnnualCents, long labourAnnualCents, bool aowAge);

    /// <summary>CBS equivalence factor of a household.</summary>
    double EquivalenceFactor(int adults, int children);

    /// <summary>WW entitlement on losing a job (or hours); not eligible when the conditions are not met.</summary>
    WwSpell Ww(int age, long svWageAnnualCents, int yearsBefore2016, int yearsSince2016, int hoursBefore, int hoursLost);

    /// <summary>Monthly bijstand norm of the household's claimant(s), kostendelersnorm applied.</summary>
    long BijstandNormCents(bool couple, int claimantAge, int partnerAge, int costSharers, bool hasChildren);

    /// <summary>Monthly bijstand award given the norm and the household's other net income, earnings and assets.</summary>
    long BijstandAwardCents(long normCents, long otherNetIncomeCents, long earningsCents, long liquidAssetsCents, bool couple, bool hasChildren, int claimantAge, int partnerAge, int costSharers);

    /// <summary>Monthly Toeslagenwet top-up of a WW benefit to the social minimum.</summary>
    long TwTopUpCents(bool couple, bool singleParent, int age, long benefitCents, long otherIncomeCents);
}

/// <summary>A WW entitlement: months, and the monthly amounts in the high (first) and later months.</summary>
internal readonly record struct WwSpell(bool Eligible, int Months, int HighMonths, long HighCents, long LowCents)
{
    public static WwSpell None { get; } = new(false, 0, 0, 0, 0);

    /// <summary>The amount in benefit month <paramref name="benefitMonth"/> (1-based); 0 after the last month.</summary>
    public long MonthCents(int benefitMonth) =>
        !Eligible || benefitMonth < 1 || benefitMonth > Months ? 0 : benefitMonth <= HighMonths ? HighCents : LowCents;
}

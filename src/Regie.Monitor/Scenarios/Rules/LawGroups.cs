namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Minimum-wage parameters in force (WML).</summary>
public sealed class WmlLaw
{
    internal WmlLaw(LawSnapshot law)
    {
        Hourly21 = law.Get(RuleIds.Wml.Hourly21);
        MonthlyReference = law.Get(RuleIds.Wml.MonthlyReference);
        YouthShares = law.Get(RuleIds.Wml.YouthShares);
        BblShares = law.Get(RuleIds.Wml.BblShares);
    }

    /// <summary>Hourly minimum wage 21+, eurocents.</summary>
    public LawValue Hourly21 { get; }

    /// <summary>Published monthly minimum wage for 36 hours a week, eurocents.</summary>
    public LawValue MonthlyReference { get; }

    /// <summary>Youth shares of the 21+ rate, ages 15..20.</summary>
    public LawValue YouthShares { get; }

    /// <summary>Bbl apprentice shares, ages 18..20.</summary>
    public LawValue BblShares { get; }
}

/// <summary>Social-assistance parameters in force (Participatiewet).</summary>
public sealed class BijstandLaw
{
    internal BijstandLaw(LawSnapshot law)
    {
        NormCouple = law.Get(RuleIds.Bijstand.NormCouple);
        NormSingleAow = law.Get(RuleIds.Bijstand.NormSingleAow);
        NormCoupleAow = law.Get(RuleIds.Bijstand.NormCoupleAow);
        NormYouthSingle = law.Get(RuleIds.Bijstand.NormYouthSingle);
        CostSharersBase = law.Get(RuleIds.Bijstand.CostSharersBase);
        CostSharersPerSharer = law.Get(RuleIds.Bijstand.CostSharersPerSharer);
        AssetLimitSingle = law.Get(RuleIds.Bijstand.AssetLimitSingle);
        AssetLimitFamily = law.Get(RuleIds.Bijstand.AssetLimitFamily);
        EarningsReleaseRate = law.Get(RuleIds.Bijstand.EarningsReleaseRate);
        EarningsReleaseMax = law.Get(RuleIds.Bijstand.EarningsReleaseMax);
    }

    /// <summary>Couple norm 21 to AOW age, eurocents per month.</summary>
    public LawValue NormCouple { get; }

    /// <summary>Single norm at AOW age, eurocents per month.</summary>
    public LawValue NormSingleAow { get; }

    /// <summary>Couple norm at AOW age, eurocents per month.</summary>
    public LawValue NormCoupleAow { get; }

    /// <summary>Single norm 18 to 20, eurocents per month.</summary>
    public LawValue NormYouthSingle { get; }

    /// <summary>Kostendelersnorm constant term, percent (40).</summary>
    public LawValue CostSharersBase { get; }

    /// <summary>Kostendelersnorm per-sharer term, percent (30).</summary>
    public LawValue CostSharersPerSharer { get; }

    /// <summary>Asset limit of a single person, eurocents.</summary>
    public LawValue AssetLimitSingle { get; }

    /// <summary>Asset limit of a couple or single parent, eurocents.</summary>
    public LawValue AssetLimitFamily { get; }

    /// <summary>Share of earnings released (0.25).</summary>
    public LawValue EarningsReleaseRate { get; }

    /// <summary>Maximum release, eurocents per month.</summary>
    public LawValue EarningsReleaseMax { get; }
}

/// <summary>Toeslagenwet parameters in force.</summary>
public sealed class TwLaw
{
    internal TwLaw(LawSnapshot law)
    {
        ShareCouple = law.Get(RuleIds.Tw.ShareCouple);
        ShareSingleParent = law.Get(RuleIds.Tw.ShareSingleParent);
        ShareSingle = law.Get(RuleIds.Tw.ShareSingle);
        NetMinimumWage = law.Get(RuleIds.Tw.NetMinimumWage);
    }

    /// <summary>Couple share of the net minimum wage (1.00).</summary>
    public LawValue ShareCouple { get; }

    /// <summary>Single-parent share (0.90).</summary>
    public LawValue ShareSingleParent { get; }

    /// <summary>Single share (0.70).</summary>
    public LawValue ShareSingle { get; }

    /// <summary>Net minimum wage per month, eurocents.</summary>
    public LawValue NetMinimumWage { get; }
}

/// <summary>State-pension parameters in force (AOW).</summary>
public sealed class AowLaw
{
    internal AowLaw(LawSnapshot law)
    {
        Single = law.Get(RuleIds.Aow.Single);
        Couple = law.Get(RuleIds.Aow.Couple);
        AgeMonths = law.Get(RuleIds.Aow.AgeMonths);
    }

    /// <summary>Gross monthly AOW living alone, eurocents (excl. holiday allowance).</summary>
    public LawValue Single { get; }

    /// <summary>Gross monthly AOW per person of a couple, eurocents (excl. holiday allowance).</summary>
    public LawValue Couple { get; }

    /// <summary>AOW age in months.</summary>
    public LawValue AgeMonths { get; }
}

/// <summary>Income-tax parameters in force (box 1, general and labour credit).</summary>
public sealed class TaxLaw
{
    internal TaxLaw(LawSnapshot law)
    {
        Box1 = law.Get(RuleIds.Tax.Box1);
        Box1Aow = law.Get(RuleIds.Tax.Box1Aow);
        GeneralCreditMax = law.Get(RuleIds.Tax.GeneralCreditMax);
        GeneralCreditMaxAow = law.Get(RuleIds.Tax.GeneralCreditMaxAow);
        GeneralCreditPhaseOutStart = law.Get(RuleIds.Tax.GeneralCreditPhaseOutStart);
        GeneralCreditPhaseOutRate = law.Get(RuleIds.Tax.GeneralCreditPhaseOutRate);
        GeneralCreditPhaseOutRateAow = law.Get(RuleIds.Tax.GeneralCreditPhaseOutRateAow);
        LabourCredit = law.Get(RuleIds.Tax.LabourCredit);
        LabourCreditAow = law.Get(RuleIds.Tax.LabourCreditAow);
    }

    /// <summary>Box 1 brackets below AOW age.</summary>
    public LawValue Box1 { get; }

    /// <summary>Box 1 brackets at or above AOW age.</summary>
    public LawValue Box1Aow { get; }

    /// <summary>General credit maximum below AOW age, eurocents per year.</summary>
    public LawValue GeneralCreditMax { get; }

    /// <summary>General credit maximum at or above AOW age, eurocents per year.</summary>
    public LawValue GeneralCreditMaxAow { get; }

    /// <summary>Income where the general credit starts to phase out, eurocents per year.</summary>
    public LawValue GeneralCreditPhaseOutStart { get; }

    /// <summary>Phase-out rate below AOW age.</summary>
    public LawValue GeneralCreditPhaseOutRate { get; }

    /// <summary>Phase-out rate at or above AOW age.</summary>
    public LawValue GeneralCreditPhaseOutRateAow { get; }

    /// <summary>Labour credit schedule below AOW age.</summary>
    public LawValue LabourCredit { get; }

    /// <summary>Labour credit schedule at or above AOW age.</summary>
    public LawValue LabourCreditAow { get; }
}

/// <summary>CBS equivalence factors in force.</summary>
public sealed class EquivalenceLaw
{
    internal EquivalenceLaw(LawSnapshot law)
    {
        OneAdult = law.Get(RuleIds.Equivalence.OneAdult);
        TwoAdults = law.Get(RuleIds.Equivalence.TwoAdults);
    }

    /// <summary>Factors for one adult by number of children (0..4).</summary>
    public LawValue OneAdult { get; }

    /// <summary>Factors for two adults by number of children (0..4).</summary>
    public LawValue TwoAdults { get; }
}

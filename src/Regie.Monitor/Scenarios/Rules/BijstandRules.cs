namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// Social assistance (Participatiewet): the norm (with the kostendelersnorm, the AOW-age and the youth norms) and
/// the monthly award after the means and asset tests. Simplifications, each marked in its step:
/// <list type="bullet">
/// <item>The 21-to-AOW single norm is the kostendelersnorm with A = 1 (70 % of the couple norm, art. 22a).</item>
/// <item>At AOW age (both partners for a couple) the AOW-age norms apply; with more cost sharers than the unit
/// itself the art. 22a formula is applied to the AOW-age couple norm [verify]. A couple with one partner below
/// AOW age gets the 21-to-AOW couple norm [verify].</item>
/// <item>Youth (18-20, no kostendelersnorm): a single person gets the youth single norm; a couple where both are
/// under 21 gets twice that, a couple where one is under 21 gets the youth norm plus half the couple norm [est].
/// Below 18 there is no bijstand.</item>
/// <item>The earnings release is applied every month (the law limits it to 6 months and to some groups).</item>
/// </list>
/// </summary>
public static class BijstandRules
{
    /// <summary>The monthly norm of a unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Too few cost sharers for the unit.</exception>
    public static BijstandNorm Norm(BijstandUnit unit, LawSnapshot law)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unit.CostSharers, unit.Couple ? 2 : 1, nameof(unit));
        var b = law.Bijstand;
        var steps = new List<RuleStep>();
        var youngest = unit.Couple ? Math.Min(unit.ClaimantAge, unit.PartnerAge) : unit.ClaimantAge;
        var aow = AowRules.IsAowAge(unit.ClaimantAge, law) && (!unit.Couple || AowRules.IsAowAge(unit.PartnerAge, law));
        long cents;
        if (unit.ClaimantAge < 18)
        {
            cents = 0;
            steps.Add(RuleStep.Money("bijstand.norm", $"claimant aged {unit.ClaimantAge}: no bijstand below 18", 0, "EUR/month", "art. 11 PW", ValueStatus.Verify));
        }
        else if (aow)
        {
            cents = AowAgeNorm(unit, b, steps);
        }
        else if (youngest < 21)
        {
            cents = YouthNorm(unit, b, steps);
        }
        else
        {
            cents = CostSharersNorm(b.NormCouple, unit, b, steps, ValueStatus.Primary);
        }

        return new BijstandNorm(cents, steps);
    }

    /// <summary>
    /// The award: 0 when liquid assets exceed the limit (single, or couple/single parent); otherwise
    /// max(0, norm − (net household income − released earnings)), release = min(rate × earnings, maximum).
    /// </summary>
    /// <param name="norm">The unit's norm.</param>
    /// <param name="householdNetIncomeCents">All net income of the unit in the month, earnings included.</param>
    /// <param name="earningsCents">The part of that income earned by work (the base of the release).</param>
    /// <param name="liquidAssetsCents">Assets counted for the asset test.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="law">The law in force.</param>
    public static BijstandAward Award(
        BijstandNorm norm, long householdNetIncomeCents, long earningsCents, long liquidAssetsCents, BijstandUnit unit, LawSnapshot law)
    {
        var b = law.Bijstand;
        var steps = new List<RuleStep>(norm.Steps);
        var limit = unit.Couple || unit.HasChildren ? b.AssetLimitFamily : b.AssetLimitSingle;
        var failed = liquidAssetsCents > limit.Whole;
        steps.Add(RuleStep.Test("bijstand.asset_test",
            $"assets {Fmt.Eur(liquidAssetsCents)} {(failed ? ">" : "<=")} limit {Fmt.Eur(limit.Whole)} ({(unit.Couple || unit.HasChildren ? "couple or single parent" : "single")})",
            !failed, limit.Reference, limit.Status));
        if (failed)
        {
            return new BijstandAward(0, true, steps);
        }

        var release = Math.Min(Rounding.Cents(b.EarningsReleaseRate.Number * Math.Max(0, earningsCents)), b.EarningsReleaseMax.Whole);
        steps.Add(RuleStep.Money("bijstand.earnings_release",
            $"min({Fmt.Num(b.EarningsReleaseRate.Number)} × {Fmt.Eur(Math.Max(0, earningsCents))}, {Fmt.Eur(b.EarningsReleaseMax.Whole)}) = {Fmt.Eur(release)} (applied every month)",
            release, "EUR/month", b.EarningsReleaseRate.Reference,
            ValueStatuses.Weakest(ValueStatus.Verify, b.EarningsReleaseRate.Status, b.EarningsReleaseMax.Status)));
        var counted = Math.Max(0, householdNetIncomeCents - release);
        var award = Math.Max(0, norm.MonthlyCents - counted);
        steps.Add(RuleStep.Money("bijstand.award",
            $"max(0, {Fmt.Eur(norm.MonthlyCents)} - max(0, {Fmt.Eur(householdNetIncomeCents)} - {Fmt.Eur(release)})) = {Fmt.Eur(award)}",
            award, "EUR/month", "art. 11, 31 PW", ValueStatus.Verify));
        return new BijstandAward(award, false, steps);
    }

    // norm = m × couple × (base + per_sharer × A) / (100 × A), m = 2 for a couple; one rounding (art. 22a).
    private static long CostSharersNorm(LawValue couple, BijstandUnit unit, BijstandLaw b, List<RuleStep> steps, ValueStatus extra)
    {
        var a = unit.CostSharers;
        var m = unit.Couple ? 2 : 1;
        var (k0, k1) = (b.CostSharersBase.Number, b.CostSharersPerSharer.Number);
        var cents = Rounding.Cents(m * couple.Whole * (k0 + (k1 * a)) / (100m * a));
        steps.Add(RuleStep.Money("bijstand.kostendelersnorm",
            $"{m} × {Fmt.Eur(couple.Whole)} × ({Fmt.Num(k0)} + {Fmt.Num(k1)} × {a}) / (100 × {a}) = {Fmt.Eur(cents)} ({(unit.Couple ? "couple" : "single")}, A = {a})",
            cents, "EUR/month", $"{b.CostSharersBase.Reference}; {couple.Reference}",
            ValueStatuses.Weakest(extra, couple.Status, b.CostSharersBase.Status, b.CostSharersPerSharer.Status)));
        return cents;
    }

    private static long AowAgeNorm(BijstandUnit unit, BijstandLaw b, List<RuleStep> steps)
    {
        var own = unit.Couple ? 2 : 1;
        if (unit.CostSharers > own)
        {
            return CostSharersNorm(b.NormCoupleAow, unit, b, steps, ValueStatus.Verify);
        }

        var norm = unit.Couple ? b.NormCoupleAow : b.NormSingleAow;
        steps.Add(RuleStep.Money("bijstand.norm_aow_age",
            $"{(unit.Couple ? "couple" : "single")} at AOW age: {Fmt.Eur(norm.Whole)}", norm.Whole, "EUR/month", norm.Reference, norm.Status));
        return norm.Whole;
    }

    private static long YouthNorm(BijstandUnit unit, BijstandLaw b, List<RuleStep> steps)
    {
        var youth = b.NormYouthSingle;
        if (!unit.Couple)
        {
            steps.Add(RuleStep.Money("bijstand.norm_youth", $"single aged {unit.ClaimantAge}: {Fmt.Eur(youth.Whole)}",
                youth.Whole, "EUR/month", youth.Reference, youth.Status));
            return youth.Whole;
        }

        var bothYoung = unit.ClaimantAge < 21 && unit.PartnerAge < 21;
        var half = Rounding.Cents(b.NormCouple.Whole / 2m);
        var cents = bothYoung ? 2 * youth.Whole : youth.Whole + half;
        var formula = bothYoung
            ? $"couple both under 21: 2 × {Fmt.Eur(youth.Whole)} = {Fmt.Eur(cents)}"
            : $"couple, one under 21: {Fmt.Eur(youth.Whole)} + {Fmt.Eur(b.NormCouple.Whole)} / 2 = {Fmt.Eur(cents)}";
        steps.Add(RuleStep.Money("bijstand.norm_youth", formula, cents, "EUR/month", youth.Reference,
            ValueStatuses.Weakest(ValueStatus.Est, youth.Status, b.NormCouple.Status)));
        return cents;
    }
}

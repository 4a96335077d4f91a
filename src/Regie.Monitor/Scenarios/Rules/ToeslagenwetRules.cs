namespace Regie.Monitor.Scenarios.Rules;

/// <summary>The household a Toeslagenwet top-up is measured against.</summary>
/// <param name="Couple">Married or cohabiting.</param>
/// <param name="HasChildren">A single person with a minor child counts as a single parent.</param>
public sealed record TwUnit(bool Couple, bool HasChildren);

/// <summary>A monthly Toeslagenwet top-up.</summary>
/// <param name="MonthlyCents">Top-up, eurocents per month.</param>
/// <param name="Steps">How it was found.</param>
public sealed record TwTopUp(long MonthlyCents, IReadOnlyList<RuleStep> Steps);

/// <summary>
/// Toeslagenwet: tops a benefit (WW) up to the social minimum, a share of the net minimum wage (couple 100 %,
/// single parent 90 %, single 70 % [verify]). <b>Simplification</b>: the law compares gross amounts after turning
/// the net social minimum into a gross one; Regie compares the benefit and other income as given (gross) with
/// the net social minimum, so it understates the top-up by about the tax on it. No benefit, no top-up. Age
/// thresholds and the partner-income exemptions are not modelled [verify].
/// </summary>
public static class ToeslagenwetRules
{
    /// <summary>The top-up: max(0, share × net minimum wage − benefit − other income); 0 without a benefit.</summary>
    public static TwTopUp TopUp(TwUnit unit, long benefitGrossMonthCents, long otherIncomeMonthCents, LawSnapshot law)
    {
        var tw = law.Tw;
        var share = unit.Couple ? tw.ShareCouple : unit.HasChildren ? tw.ShareSingleParent : tw.ShareSingle;
        var minimum = Rounding.Cents(share.Number * tw.NetMinimumWage.Whole);
        var status = ValueStatuses.Weakest(ValueStatus.Verify, share.Status, tw.NetMinimumWage.Status);
        var steps = new List<RuleStep>
        {
            RuleStep.Money("tw.social_minimum", $"{Fmt.Num(share.Number)} × {Fmt.Eur(tw.NetMinimumWage.Whole)} = {Fmt.Eur(minimum)}",
                minimum, "EUR/month", share.Reference, status),
        };
        var other = Math.Max(0, otherIncomeMonthCents);
        var topUp = benefitGrossMonthCents <= 0 ? 0 : Math.Max(0, minimum - benefitGrossMonthCents - other);
        steps.Add(RuleStep.Money("tw.top_up",
            benefitGrossMonthCents <= 0
                ? "no benefit to top up: 0"
                : $"max(0, {Fmt.Eur(minimum)} - {Fmt.Eur(benefitGrossMonthCents)} - {Fmt.Eur(other)}) = {Fmt.Eur(topUp)} (gross benefit against net minimum: simplified)",
            topUp, "EUR/month", share.Reference, status));
        return new TwTopUp(topUp, steps);
    }
}

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A taxpayer's year for box 1.</summary>
/// <param name="TaxableCents">Taxable income from work and home (box 1), eurocents per year; below 0 counts as 0.</param>
/// <param name="LabourIncomeCents">Labour income (the base of the labour credit), eurocents per year.</param>
/// <param name="AtOrAboveAowAge">At or above AOW age for the whole year (born in or after 1946).</param>
public sealed record TaxpayerYear(long TaxableCents, long LabourIncomeCents, bool AtOrAboveAowAge);

/// <summary>Box 1 tax and the two main credits for a year.</summary>
/// <param name="Box1Cents">Tax and national-insurance premiums on box 1 before credits.</param>
/// <param name="GeneralCreditCents">General tax credit (algemene heffingskorting).</param>
/// <param name="LabourCreditCents">Labour tax credit (arbeidskorting).</param>
/// <param name="NetTaxCents">max(0, box 1 − credits).</param>
/// <param name="Steps">How it was found.</param>
public sealed record TaxResult(long Box1Cents, long GeneralCreditCents, long LabourCreditCents, long NetTaxCents, IReadOnlyList<RuleStep> Steps);

/// <summary>
/// Income tax, box 1 only: the bracket rates (incl. national-insurance premiums), the general credit and the
/// labour credit, with the AOW-age variants. Not modelled: boxes 2 and 3, other credits, the income-related
/// Zvw contribution, the rule that unused credits of a non-earning partner are not paid out, and the
/// Belastingdienst's rounding to whole euros [verify].
/// </summary>
public static class IncomeTaxRules
{
    /// <summary>Tax for the year. Credits never make the tax negative.</summary>
    public static TaxResult Annual(TaxpayerYear t, LawSnapshot law)
    {
        var tax = law.Tax;
        var aow = t.AtOrAboveAowAge;
        var taxable = Math.Max(0, t.TaxableCents);
        var labour = Math.Max(0, t.LabourIncomeCents);
        var brackets = aow ? tax.Box1Aow : tax.Box1;
        var box1 = Rounding.Cents(Schedules.Evaluate(brackets.Brackets, taxable));

        var max = aow ? tax.GeneralCreditMaxAow : tax.GeneralCreditMax;
        var rate = aow ? tax.GeneralCreditPhaseOutRateAow : tax.GeneralCreditPhaseOutRate;
        var start = tax.GeneralCreditPhaseOutStart.Whole;
        var general = Math.Max(0, Rounding.Cents(max.Whole - (rate.Number * Math.Max(0, taxable - start))));

        var labourSchedule = aow ? tax.LabourCreditAow : tax.LabourCredit;
        var labourCredit = Math.Max(0, Rounding.Cents(Schedules.Evaluate(labourSchedule.Brackets, labour)));
        var net = Math.Max(0, box1 - general - labourCredit);

        var age = aow ? " (AOW age)" : "";
        List<RuleStep> steps =
        [
            RuleStep.Money("tax.box1", $"brackets{age} on {Fmt.Eur(taxable)} = {Fmt.Eur(box1)}", box1, "EUR/year", brackets.Reference, brackets.Status),
            RuleStep.Money("tax.general_credit",
                $"max(0, {Fmt.Eur(max.Whole)} - {Fmt.Num(rate.Number)} × max(0, {Fmt.Eur(taxable)} - {Fmt.Eur(start)})) = {Fmt.Eur(general)}",
                general, "EUR/year", max.Reference, ValueStatuses.Weakest(max.Status, rate.Status, tax.GeneralCreditPhaseOutStart.Status)),
            RuleStep.Money("tax.labour_credit", $"labour credit table{age} on {Fmt.Eur(labour)} = {Fmt.Eur(labourCredit)}",
                labourCredit, "EUR/year", labourSchedule.Reference, labourSchedule.Status),
            RuleStep.Money("tax.net", $"max(0, {Fmt.Eur(box1)} - {Fmt.Eur(general)} - {Fmt.Eur(labourCredit)}) = {Fmt.Eur(net)}",
                net, "EUR/year", "Wet IB 2001", ValueStatuses.Weakest(brackets.Status, max.Status, labourSchedule.Status)),
        ];
        return new TaxResult(box1, general, labourCredit, net, steps);
    }
}

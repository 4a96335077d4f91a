using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

public sealed partial class CompiledLaw
{
    private readonly TaxFixed _tax;

    /// <summary>Net box 1 tax for a year, as <see cref="IncomeTaxRules.Annual"/>'s NetTaxCents.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long TaxCents(long taxable, long labour, bool aow) =>
        Math.Max(0, Box1Cents(taxable, aow) - GeneralCreditCents(taxable, aow) - LabourCreditCents(labour, aow));

    /// <summary>Box 1 before credits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Box1Cents(long taxable, bool aow) => (aow ? _tax.Box1Aow : _tax.Box1).Cents(Math.Max(0, taxable));

    /// <summary>General tax credit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long GeneralCreditCents(long taxable, bool aow)
    {
        var t = _tax;
        var over = Math.Max(0, Math.Max(0, taxable) - t.PhaseOutStart);
        var scaled = ((Int128)(aow ? t.MaxAow : t.Max) * S) - ((Int128)(aow ? t.RateAow : t.Rate) * over);
        return Math.Max(0, Rounding.DivRound(scaled, S));
    }

    /// <summary>Labour tax credit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long LabourCreditCents(long labour, bool aow) =>
        Math.Max(0, (aow ? _tax.LabourAow : _tax.Labour).Cents(Math.Max(0, labour)));

    private sealed class TaxFixed(TaxLaw tax)
    {
        public CompiledSchedule Box1 { get; } = new(tax.Box1.Brackets);
        public CompiledSchedule Box1Aow { get; } = new(tax.Box1Aow.Brackets);
        public CompiledSchedule Labour { get; } = new(tax.LabourCredit.Brackets);
        public CompiledSchedule LabourAow { get; } = new(tax.LabourCreditAow.Brackets);
        public long Max { get; } = tax.GeneralCreditMax.Whole;
        public long MaxAow { get; } = tax.GeneralCreditMaxAow.Whole;
        public long PhaseOutStart { get; } = tax.GeneralCreditPhaseOutStart.Whole;
        public long Rate { get; } = Rounding.Fixed(tax.GeneralCreditPhaseOutRate.Number);
        public long RateAow { get; } = Rounding.Fixed(tax.GeneralCreditPhaseOutRateAow.Number);
    }
}

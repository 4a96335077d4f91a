using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A bijstand award in integer form (see <see cref="BijstandAward"/>).</summary>
/// <param name="MonthlyCents">Bijstand, eurocents per month.</param>
/// <param name="AssetTestFailed">Assets above the limit.</param>
public readonly record struct BijstandOutcome(long MonthlyCents, bool AssetTestFailed);

public sealed partial class CompiledLaw
{
    private readonly BijstandFixed _bijstand;
    private readonly TwFixed _tw;

    /// <summary>As <see cref="BijstandRules.Norm"/> (same arguments as <see cref="BijstandUnit"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Too few cost sharers for the unit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long BijstandNormCents(bool couple, int claimantAge, int partnerAge, int costSharers, bool hasChildren)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(costSharers, couple ? 2 : 1);
        var b = _bijstand;
        if (claimantAge < 18)
        {
            return 0;
        }

        if (IsAowAge(claimantAge) && (!couple || IsAowAge(partnerAge)))
        {
            return costSharers > (couple ? 2 : 1) ? CostSharersNorm(b.NormCoupleAow, couple, costSharers)
                : couple ? b.NormCoupleAow : b.NormSingleAow;
        }

        var youngest = couple ? Math.Min(claimantAge, partnerAge) : claimantAge;
        if (youngest < 21)
        {
            return !couple ? b.NormYouth
                : claimantAge < 21 && partnerAge < 21 ? 2 * b.NormYouth
                : b.NormYouth + Rounding.DivRound(b.NormCouple, 2);
        }

        return CostSharersNorm(b.NormCouple, couple, costSharers);
    }

    /// <summary>As <see cref="BijstandRules.Award"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BijstandOutcome BijstandAward(
        long normCents, long householdNetIncomeCents, long earningsCents, long liquidAssetsCents, bool couple, bool hasChildren)
    {
        var b = _bijstand;
        if (liquidAssetsCents > (couple || hasChildren ? b.AssetLimitFamily : b.AssetLimitSingle))
        {
            return new BijstandOutcome(0, true);
        }

        var release = Math.Min(Rounding.DivRound((Int128)b.ReleaseRate * Math.Max(0, earningsCents), S), b.ReleaseMax);
        return new BijstandOutcome(Math.Max(0, normCents - Math.Max(0, householdNetIncomeCents - release)), false);
    }

    /// <summary>As <see cref="ToeslagenwetRules.TopUp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long TwTopUpCents(bool couple, bool hasChildren, long benefitGrossMonthCents, long otherIncomeMonthCents)
    {
        var minimum = couple ? _tw.Couple : hasChildren ? _tw.SingleParent : _tw.Single;
        return benefitGrossMonthCents <= 0 ? 0 : Math.Max(0, minimum - benefitGrossMonthCents - Math.Max(0, otherIncomeMonthCents));
    }

    // m × couple × (base + per_sharer × A) / (100 × A), one rounding (art. 22a PW).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long CostSharersNorm(long coupleNorm, bool couple, int a) => Rounding.DivRound(
        (Int128)(couple ? 2 : 1) * coupleNorm * (_bijstand.Base + ((Int128)_bijstand.PerSharer * a)),
        (Int128)100 * a * S);

    private sealed class BijstandFixed(LawSnapshot law)
    {
        public long NormCouple { get; } = law.Bijstand.NormCouple.Whole;
        public long NormSingleAow { get; } = law.Bijstand.NormSingleAow.Whole;
        public long NormCoupleAow { get; } = law.Bijstand.NormCoupleAow.Whole;
        public long NormYouth { get; } = law.Bijstand.NormYouthSingle.Whole;
        public long Base { get; } = Rounding.Fixed(law.Bijstand.CostSharersBase.Number);
        public long PerSharer { get; } = Rounding.Fixed(law.Bijstand.CostSharersPerSharer.Number);
        public long AssetLimitSingle { get; } = law.Bijstand.AssetLimitSingle.Whole;
        public long AssetLimitFamily { get; } = law.Bijstand.AssetLimitFamily.Whole;
        public long ReleaseRate { get; } = Rounding.Fixed(law.Bijstand.EarningsReleaseRate.Number);
        public long ReleaseMax { get; } = law.Bijstand.EarningsReleaseMax.Whole;
    }

    /// <summary>The three social minimums, already rounded (one named step each).</summary>
    private sealed class TwFixed(TwLaw tw)
    {
        public long Couple { get; } = Minimum(tw.ShareCouple, tw.NetMinimumWage);
        public long SingleParent { get; } = Minimum(tw.ShareSingleParent, tw.NetMinimumWage);
        public long Single { get; } = Minimum(tw.ShareSingle, tw.NetMinimumWage);

        private static long Minimum(LawValue share, LawValue net) => Rounding.DivRound((Int128)Rounding.Fixed(share.Number) * net.Whole, S);
    }
}

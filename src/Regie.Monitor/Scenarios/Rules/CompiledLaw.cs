using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// The rule functions of one <see cref="LawSnapshot"/> in integer arithmetic for the engine's hot loop: amounts
/// in long eurocents, rates in fixed point (× <see cref="Rounding.Scale"/>), products in <see cref="Int128"/>. No
/// allocation after construction. Gives exactly the cents of the decimal rule functions (<see cref="WwRules"/>,
/// <see cref="BijstandRules"/>, …) under the rounding rule of <see cref="Rounding"/>; a property test holds it to that.
/// Thread-safe (immutable).
/// </summary>
public sealed partial class CompiledLaw
{
    private const long S = Rounding.Scale;
    private const int YouthFrom = 15;
    private const int BblFrom = 18;
    private const int AdultFrom = 21;

    private readonly long _hourly21;
    private readonly long[] _youthHourly;
    private readonly long[] _bblHourly;
    private readonly long _aowSingle;
    private readonly long _aowCouple;
    private readonly long _aowAgeMonths;

    internal CompiledLaw(LawSnapshot law)
    {
        LawDate = law.LawDate;
        RuleBookHash = law.RuleBookHash;
        var wml = law.Wml;
        _hourly21 = wml.Hourly21.Whole;
        _youthHourly = [.. wml.YouthShares.Items.Select(s => Rounding.DivRound((Int128)Rounding.Fixed(s) * _hourly21, S))];
        _bblHourly = [.. wml.BblShares.Items.Select(s => Rounding.DivRound((Int128)Rounding.Fixed(s) * _hourly21, S))];
        MonthlyReferenceCents = wml.MonthlyReference.Whole;
        _aowSingle = law.Aow.Single.Whole;
        _aowCouple = law.Aow.Couple.Whole;
        _aowAgeMonths = law.Aow.AgeMonths.Whole;
        (_ww, _bijstand, _tw, _tax) = (new WwFixed(law.Ww), new BijstandFixed(law), new TwFixed(law.Tw), new TaxFixed(law.Tax));
        (_equivalenceOne, _equivalenceTwo, _equivalence) = EquivalenceTable(law.Equivalence);
    }

    /// <summary>The law date of the snapshot this was compiled from.</summary>
    public DateOnly LawDate { get; }

    /// <summary>Content hash of the rule book (with any reform suffix).</summary>
    public string RuleBookHash { get; }

    /// <summary>The published monthly minimum wage for 36 hours, eurocents.</summary>
    public long MonthlyReferenceCents { get; }

    /// <summary>As <see cref="AowRules.MonthlyCents"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long AowCents(bool couple) => couple ? _aowCouple : _aowSingle;

    /// <summary>As <see cref="AowRules.IsAowAge"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsAowAge(int age) => (long)age * 12 >= _aowAgeMonths;

    /// <summary>As <see cref="MinimumWageRules.HourlyCents"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 15.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long MinimumWageHourlyCents(int age)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, YouthFrom);
        return age >= AdultFrom ? _hourly21 : _youthHourly[age - YouthFrom];
    }

    /// <summary>As <see cref="MinimumWageRules.BblHourlyCents"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 18.</exception>
    public long BblHourlyCents(int age)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, BblFrom);
        return age >= AdultFrom ? _hourly21 : _bblHourly[age - BblFrom];
    }
}

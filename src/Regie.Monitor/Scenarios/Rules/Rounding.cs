using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// The rounding rule of every rule function, in one place. <b>Each named step (each <see cref="RuleStep"/>) is
/// rounded to whole eurocents, half away from zero; the arithmetic inside a step is exact.</b> Exceptions, also
/// named in their steps: the WW duration is rounded down to whole months, and comparisons (hours lost, asset
/// limit) use exact values. The decimal rule functions use <see cref="Cents"/>; <see cref="CompiledLaw"/> uses the
/// integer forms below on fixed-point rates (value × <see cref="Scale"/>), which give the same cents because every
/// stored value has at most <see cref="ValueChecks.MaxDecimals"/> decimals. The Belastingdienst's, UWV's and
/// municipalities' own rounding (whole euros, rounding down) is not reproduced [verify].
/// </summary>
public static class Rounding
{
    /// <summary>Fixed-point scale of rates in <see cref="CompiledLaw"/>: 10^9.</summary>
    public const long Scale = 1_000_000_000;

    /// <summary>An exact amount in cents rounded to whole cents, half away from zero.</summary>
    public static long Cents(decimal cents) => (long)decimal.Round(cents, 0, MidpointRounding.AwayFromZero);

    /// <summary>A decimal with at most 9 decimals as fixed point (× 10^9), exactly.</summary>
    /// <exception cref="ArgumentException">The value has more than 9 decimals.</exception>
    public static long Fixed(decimal value)
    {
        var scaled = value * Scale;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new ArgumentException($"{value} has more than 9 decimal places.", nameof(value));
    }

    /// <summary>numerator / denominator rounded to the nearest integer, half away from zero (denominator &gt; 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long DivRound(Int128 numerator, Int128 denominator)
    {
        var quotient = numerator / denominator;
        var remainder = numerator - (quotient * denominator);
        if (remainder < 0)
        {
            remainder = -remainder;
        }

        if (remainder * 2 >= denominator)
        {
            quotient += numerator < 0 ? -1 : 1;
        }

        return (long)quotient;
    }

    /// <summary>numerator / denominator rounded down (denominator &gt; 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long DivFloor(Int128 numerator, Int128 denominator)
    {
        var quotient = numerator / denominator;
        return (long)(numerator % denominator < 0 ? quotient - 1 : quotient);
    }
}

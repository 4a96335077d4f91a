namespace Regie.Workplace.Pulse.Statistics;

/// <summary>The 97.5th percentile of Student's t distribution, for any positive (also fractional) degrees of freedom.</summary>
public static class StudentT
{
    /// <summary>
    /// t(0.975, ν) by the Cornish–Fisher expansion around the normal quantile (Abramowitz and Stegun 1964, 26.7.5):
    /// t ≈ z + g₁/ν + g₂/ν² + g₃/ν³ + g₄/ν⁴ with g₁ = (z³ + z)/4, g₂ = (5z⁵ + 16z³ + 3z)/96,
    /// g₃ = (3z⁷ + 19z⁵ + 17z³ − 15z)/384, g₄ = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160.
    /// Within 0.002 of the exact value from ν = 4 (the smallest ν the pulse meets, since k ≥ 5) and within 0.0001 from
    /// ν = 10; below ν = 4 the error grows, so smaller ν are refused.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">ν is below 4.</exception>
    public static double Quantile975(double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 4.0);
        const double z = ConfidenceIntervals.Z;
        var z2 = z * z;
        var z3 = z2 * z;
        var z5 = z3 * z2;
        var z7 = z5 * z2;
        var z9 = z7 * z2;
        var g1 = (z3 + z) / 4;
        var g2 = ((5 * z5) + (16 * z3) + (3 * z)) / 96;
        var g3 = ((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / 384;
        var g4 = ((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / 92160;
        var v = degreesOfFreedom;
        return z + (g1 / v) + (g2 / (v * v)) + (g3 / (v * v * v)) + (g4 / (v * v * v * v));
    }
}

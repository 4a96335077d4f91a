namespace Regie.Workplace.Pulse.Statistics;

/// <summary>
/// The 95 % confidence intervals the pulse reports, written out here so that they can be checked by hand.
/// <list type="bullet">
/// <item>A share: the Wilson score interval (Wilson 1927), which stays inside [0, 1] and behaves at small n.</item>
/// <item>A change in a share between two waves: Newcombe's hybrid score interval for the difference of two
/// independent proportions (Newcombe 1998, method 10), built from the two Wilson intervals.</item>
/// <item>A change in a mean: Welch's interval for the difference of two means with unequal variances, with the
/// Welch–Satterthwaite degrees of freedom and Student's t quantile.</item>
/// </list>
/// Waves are treated as independent samples: the links are anonymous, so answers of one person in two waves cannot be
/// paired, which makes the intervals conservative when the same people answer both waves.
/// </summary>
public static class ConfidenceIntervals
{
    /// <summary>The 97.5th percentile of the standard normal distribution.</summary>
    public const double Z = 1.959963984540054;

    /// <summary>Wilson score interval for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is not positive or successes is outside [0, n].</exception>
    public static Interval Wilson(int successes, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        // centre = (p + z²/2n) / (1 + z²/n); half width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
        var p = (double)successes / n;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2.0 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Newcombe's hybrid score interval for p_after − p_before:
    /// L = d − √((p_a − l_a)² + (u_b − p_b)²), U = d + √((u_a − p_a)² + (p_b − l_b)²), with (l, u) the Wilson limits.
    /// </summary>
    public static Interval ShareChange(int highBefore, int nBefore, int highAfter, int nAfter)
    {
        var before = Wilson(highBefore, nBefore);
        var after = Wilson(highAfter, nAfter);
        var d = after.Estimate - before.Estimate;
        var lower = d - Math.Sqrt(Square(after.Estimate - after.Lower) + Square(before.Upper - before.Estimate));
        var upper = d + Math.Sqrt(Square(after.Upper - after.Estimate) + Square(before.Estimate - before.Lower));
        return new Interval(d, lower, upper);
    }

    /// <summary>
    /// Welch's interval for mean_after − mean_before: d ± t(0.975, ν) · se, se = √(s²_a/n_a + s²_b/n_b),
    /// ν = se⁴ / ((s²_a/n_a)²/(n_a − 1) + (s²_b/n_b)²/(n_b − 1)). Both variances are sample variances (n − 1).
    /// When both variances are zero the interval is the difference itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A sample has fewer than two values.</exception>
    public static Interval MeanChange(double meanBefore, double varianceBefore, int nBefore, double meanAfter, double varianceAfter, int nAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nBefore, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(nAfter, 2);
        var d = meanAfter - meanBefore;
        var a = varianceAfter / nAfter;
        var b = varianceBefore / nBefore;
        var se2 = a + b;
        if (se2 <= 0)
        {
            return new Interval(d, d, d);
        }

        var df = se2 * se2 / ((a * a / (nAfter - 1)) + (b * b / (nBefore - 1)));
        var half = StudentT.Quantile975(df) * Math.Sqrt(se2);
        return new Interval(d, d - half, d + half);
    }

    private static double Square(double x) => x * x;
}

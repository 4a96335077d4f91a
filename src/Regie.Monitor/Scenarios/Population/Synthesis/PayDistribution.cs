namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// A split log-normal through three quartiles: ln(pay) = ln(P50) + z·σ with σ = ln(P50/P25)/z₇₅ below the median
/// and ln(P75/P50)/z₇₅ above it (z₇₅ = Φ⁻¹(0.75) ≈ 0.6745), so the quartiles are met exactly (assumption pay.distribution).
/// </summary>
internal sealed record PayDistribution(double P25, double P50, double P75)
{
    /// <summary>Φ⁻¹(0.75).</summary>
    public const double UpperQuartileZ = 0.6744897501960817;

    public double SigmaBelow => Math.Log(P50 / P25) / UpperQuartileZ;

    public double SigmaAbove => Math.Log(P75 / P50) / UpperQuartileZ;

    /// <summary>Hourly pay at the standard-normal score z.</summary>
    public double AtScore(double z) => P50 * Math.Exp(z * (z < 0 ? SigmaBelow : SigmaAbove));

    /// <summary>Hourly pay at quantile u in (0, 1).</summary>
    public double Quantile(double u) => AtScore(InverseNormal.Of(u));

    /// <summary>Share of pay below <paramref name="hourly"/>: Φ(z) of the score z whose pay it is.</summary>
    public double Cdf(double hourly)
    {
        var log = Math.Log(hourly / P50);
        var sigma = log < 0 ? SigmaBelow : SigmaAbove;
        return sigma > 0 ? Normal.Cdf(log / sigma) : log < 0 ? 0 : 1;
    }

    public PayDistribution Times(double factor) => new(P25 * factor, P50 * factor, P75 * factor);
}

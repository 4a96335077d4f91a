namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>The standard normal distribution function Φ, as the inverse of <see cref="InverseNormal"/> by bisection.</summary>
internal static class Normal
{
    /// <summary>Φ(z) to about 1e-12 (60 bisection steps on Φ⁻¹); used a few hundred times per synthesis, never per record.</summary>
    public static double Cdf(double z)
    {
        if (z < -8)
        {
            return 0;
        }

        if (z > 8)
        {
            return 1;
        }

        double low = 1e-16, high = 1 - 1e-16;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (InverseNormal.Of(mid) < z)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}

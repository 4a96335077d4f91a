using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Per-employee tilts of the allocation keys for each incidence family (note §3.3). A tilt of t makes an
/// employee roughly t times as likely to be drawn within their occupation's quota; quotas themselves do not move.
/// </summary>
internal static class Tilts
{
    /// <summary>Junior tilt of the junior-concentrated family: 5.8 / 4.5 for ages 16–24 (Klein Teeselink 2025).</summary>
    public const double Junior = 5.8 / 4.5;

    /// <summary>Top-loaded family: junior tilt, and 9.6 above / 0.6 below the median employee wage.</summary>
    public const double TopLoadedJunior = 1.29;
    public const double TopLoadedAbove = 9.6;
    public const double TopLoadedBelow = 0.6;

    /// <summary>Expertise compression: × 2 for the top earnings tertile in above-median-exposure occupations.</summary>
    public const double Compression = 2.0;

    public static double[] For(Incidence incidence, SyntheticPopulation pop, EmployeeGroups groups, double[] exposure)
    {
        var tilt = new double[pop.PersonCount];
        Array.Fill(tilt, 1.0);
        switch (incidence)
        {
            case Incidence.JuniorConcentrated:
                for (var p = 0; p < pop.PersonCount; p++)
                    tilt[p] = IsJunior(pop.Age[p]) ? Junior : 1.0;
                break;
            case Incidence.TopLoaded:
                var median = WageQuantile(pop, 0.5);
                for (var p = 0; p < pop.PersonCount; p++)
                {
                    tilt[p] = (IsJunior(pop.Age[p]) ? TopLoadedJunior : 1.0)
                        * (pop.WageCents[p] > median ? TopLoadedAbove : TopLoadedBelow);
                }

                break;
            case Incidence.ExpertiseCompression:
                var topTertile = WageQuantile(pop, 2.0 / 3.0);
                var medianExposure = MedianExposure(groups, exposure);
                for (var p = 0; p < pop.PersonCount; p++)
                {
                    var g = groups.GroupOf(pop.Occupation[p]);
                    if (pop.WageCents[p] > topTertile && exposure[g] > medianExposure)
                        tilt[p] = Compression;
                }

                break;
        }

        return tilt;
    }

    private static bool IsJunior(byte age) => age is >= 16 and <= 24;

    /// <summary>Weighted quantile of employee monthly wages (lower value at a boundary).</summary>
    private static double WageQuantile(SyntheticPopulation pop, double p)
    {
        var wages = new List<(int Wage, double Weight)>();
        for (var i = 0; i < pop.PersonCount; i++)
        {
            if (pop.Status[i] == LabourStatus.Employee)
                wages.Add((pop.WageCents[i], pop.Weight[pop.HouseholdOf[i]]));
        }

        wages.Sort((a, b) => a.Wage.CompareTo(b.Wage));
        var total = wages.Sum(w => w.Weight);
        var cumulative = 0.0;
        foreach (var (wage, weight) in wages)
        {
            cumulative += weight;
            if (cumulative >= p * total)
                return wage;
        }

        return wages.Count == 0 ? 0 : wages[^1].Wage;
    }

    private static double MedianExposure(EmployeeGroups groups, double[] exposure)
    {
        var order = Enumerable.Range(0, groups.Count).OrderBy(g => exposure[g]).ToArray();
        var cumulative = 0.0;
        foreach (var g in order)
        {
            cumulative += groups.Weight[g];
            if (cumulative >= groups.TotalWeight / 2)
                return exposure[g];
        }

        return 0;
    }
}

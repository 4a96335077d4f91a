namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Who is hit, when and how, in one draw: the output of <see cref="ShockAllocator"/> and the input of both
/// engines. Months are 0-based within the horizon.
/// </summary>
internal sealed class ShockPlan
{
    public ShockPlan(int persons, int occupations)
    {
        HitMonth = new short[persons];
        Array.Fill(HitMonth, NotHit);
        WageCut = new double[occupations + 1];
        Quotas = [];
    }

    /// <summary>Marks a person the shock does not reach.</summary>
    public const short NotHit = -1;

    /// <summary>Month in which each person is displaced (or loses hours); <see cref="NotHit"/> otherwise.</summary>
    public short[] HitMonth { get; }

    /// <summary>True when a hit means fewer hours rather than job loss.</summary>
    public bool HitIsHoursCut { get; init; }

    /// <summary>Share of hours a hit employee loses (hours margin).</summary>
    public double HoursCutShare { get; init; }

    /// <summary>Wage cut at full strength per occupation index (last entry: employees without an occupation).</summary>
    public double[] WageCut { get; }

    /// <summary>Wage change at full strength for employees not hit.</summary>
    public double SurvivorGrowth { get; init; }

    /// <summary>Per occupation: employees, the quota to hit and what was hit.</summary>
    public IReadOnlyList<OccupationQuota> Quotas { get; set; }

    /// <summary>Weighted employees selected to be hit at full strength (before phase-in).</summary>
    public double SelectedWeight { get; set; }

    /// <summary>Monthly gross wage bill (cents, weighted) of the full job-loss selection: what the wage-cut margin matches.</summary>
    public double FullLossCents { get; set; }
}

/// <summary>One occupation's share of the shock.</summary>
/// <param name="Occupation">Occupation index; the code list's length stands for "no occupation".</param>
/// <param name="Employees">Weighted employees.</param>
/// <param name="Exposure">Exposure used (shifted so the least exposed group is 0; imputed where missing).</param>
/// <param name="Imputed">True when the group had no score and got the employment-weighted mean.</param>
/// <param name="Quota">Weighted employees to hit at full strength.</param>
/// <param name="Selected">Weighted employees selected (equals the quota up to the boundary record's draw).</param>
public sealed record OccupationQuota(int Occupation, double Employees, double Exposure, bool Imputed, double Quota, double Selected);

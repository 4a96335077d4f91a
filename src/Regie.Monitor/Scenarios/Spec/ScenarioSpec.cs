namespace Regie.Monitor.Scenarios.Spec;

/// <summary>
/// An AI scenario as an analyst writes it (YAML or JSON, see <c>data/scenarios/</c>). Every number the engine
/// uses that is not a law parameter or a population column is here, so the spec plus the rule book plus the
/// population determine the result (the run manifest carries all three).
/// </summary>
/// <param name="Id">Short id (letters, digits, dashes), used in file names and URLs.</param>
/// <param name="Name">Display name (Dutch and English).</param>
/// <param name="LawDate">The law as in force on this date is applied to every month of the horizon (static policy, prices of that date).</param>
/// <param name="StartYear">First calendar year of the horizon.</param>
/// <param name="HorizonYears">Length of the horizon in years (1–30); the engine runs by month.</param>
/// <param name="ExposureIndex">Atlas index id whose BRC-group scores drive who is hit (e.g. "ilo-2025").</param>
/// <param name="Incidence">Who within the workforce is hit.</param>
/// <param name="Margin">How the hit lands: job loss, wage cut, fewer hours, or a mix.</param>
/// <param name="DisplacementShare">Share of all employees hit at full strength (0–0.5); JR16 central 0.07.</param>
/// <param name="MixedLambda">Mixed margin only: share of the loss that is job loss (0–1), the rest graded wage cuts.</param>
/// <param name="HoursCutShare">Hours margin only: share of contract hours the hit employees lose (0–1).</param>
/// <param name="PhaseIn">Cumulative share of the full shock reached at the end of each year; later years stay at the last value.</param>
/// <param name="SurvivorWageGrowth">Wage change of employees not displaced, at full strength (−0.5–0.5); JR16 central +0.026.</param>
/// <param name="Reemployment">Chances of finding work again (default: none, the static result).</param>
/// <param name="TakeUp">Share of those entitled who claim each benefit.</param>
/// <param name="Draws">Monte Carlo draws (1–200); draw d uses seed Seed + d for every random choice.</param>
/// <param name="Seed">First seed.</param>
public sealed record ScenarioSpec(
    string Id,
    LocalizedText Name,
    LocalizedText? Description,
    DateOnly LawDate,
    int StartYear,
    int HorizonYears,
    string ExposureIndex,
    Incidence Incidence,
    AdjustmentMargin Margin,
    double DisplacementShare,
    double MixedLambda,
    double HoursCutShare,
    IReadOnlyList<double> PhaseIn,
    double SurvivorWageGrowth,
    Reemployment Reemployment,
    TakeUp TakeUp,
    int Draws,
    ulong Seed)
{
    /// <summary>Months in the horizon.</summary>
    public int Months => HorizonYears * 12;

    /// <summary>Cumulative share of the full shock reached at the end of month <paramref name="month"/> (0-based), linear within each year.</summary>
    public double PhaseAtEndOfMonth(int month)
    {
        var year = month / 12;
        var before = year == 0 ? 0.0 : PhaseOfYear(year - 1);
        var after = PhaseOfYear(year);
        return before + ((after - before) * ((month % 12) + 1) / 12.0);
    }

    /// <summary>Mean shock strength over year <paramref name="year"/> (0-based): the mean of the month-end phases.</summary>
    public double MeanPhaseOfYear(int year)
    {
        var sum = 0.0;
        for (var m = 0; m < 12; m++)
            sum += PhaseAtEndOfMonth((year * 12) + m);
        return sum / 12.0;
    }

    private double PhaseOfYear(int year) => PhaseIn.Count == 0 ? 1.0 : PhaseIn[Math.Min(year, PhaseIn.Count - 1)];
}

/// <summary>A text in Dutch and English.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>The text for a UI language ("nl" or "en").</summary>
    public string For(string language) => language == "en" ? En : Nl;
}

/// <summary>Who within the workforce is hit (microsimulation note §3.3).</summary>
public enum Incidence
{
    /// <summary>Job loss per occupation ∝ employment × exposure (exposure shifted so the least exposed group is 0).</summary>
    ExposureProportional,
    /// <summary>As exposure-proportional, draws tilted towards ages 16–24 by 5.8/4.5.</summary>
    JuniorConcentrated,
    /// <summary>Every employee equally likely.</summary>
    Uniform,
    /// <summary>Stress test: exposure-proportional × junior tilt 1.29 × pay tilt 9.6 above / 0.6 below median earnings.</summary>
    TopLoaded,
    /// <summary>Stress test: tilt × 2 for the top earnings tertile in above-median-exposure occupations.</summary>
    ExpertiseCompression,
}

/// <summary>How the hit lands (microsimulation note §3.4).</summary>
public enum AdjustmentMargin
{
    JobLoss,
    /// <summary>Nobody displaced; occupation wage cuts ∝ exposure with the same gross earnings loss as the paired job-loss draw.</summary>
    WageCut,
    /// <summary>The hit employees lose a share of their hours; a loss of ≥ 5 h/week gives partial WW.</summary>
    Hours,
    /// <summary>λ of the loss as job loss, the rest as graded wage cuts.</summary>
    Mixed,
}

/// <summary>
/// Monthly chance that a displaced person finds work again, by age band and education; 0 everywhere is the
/// static result. Training raises the chance by <paramref name="TrainingUplift"/> (relative).
/// </summary>
/// <param name="MonthlyHazardByAge">Hazard per age band: keys "15-24", "25-34", "35-44", "45-54", "55-aow".</param>
/// <param name="EducationFactor">Multiplier per education level (low, middle, high).</param>
/// <param name="TrainingUplift">Relative increase of every hazard through training (0 = none; 0.2 = +20 %).</param>
/// <param name="WageFactor">New wage as a share of the old one.</param>
public sealed record Reemployment(
    IReadOnlyDictionary<string, double> MonthlyHazardByAge,
    IReadOnlyDictionary<string, double> EducationFactor,
    double TrainingUplift,
    double WageFactor)
{
    /// <summary>The age bands, in order.</summary>
    public static IReadOnlyList<string> AgeBands { get; } = ["15-24", "25-34", "35-44", "45-54", "55-aow"];

    /// <summary>The education keys, in order.</summary>
    public static IReadOnlyList<string> EducationKeys { get; } = ["low", "middle", "high"];

    /// <summary>No re-employment: the static result.</summary>
    public static Reemployment None { get; } = new(
        AgeBands.ToDictionary(b => b, _ => 0.0),
        EducationKeys.ToDictionary(e => e, _ => 1.0),
        0.0,
        1.0);

    /// <summary>The age band of an age.</summary>
    public static int BandOf(int age) => age switch { < 25 => 0, < 35 => 1, < 45 => 2, < 55 => 3, _ => 4 };

    /// <summary>True when nobody can find work again.</summary>
    public bool IsStatic => MonthlyHazardByAge.Values.All(h => h == 0);
}

/// <summary>Share of those entitled who claim each benefit (EUROMOD-style take-up switches).</summary>
public sealed record TakeUp(double Ww, double Toeslagenwet, double Bijstand)
{
    /// <summary>Everyone entitled claims.</summary>
    public static TakeUp Full { get; } = new(1, 1, 1);
}

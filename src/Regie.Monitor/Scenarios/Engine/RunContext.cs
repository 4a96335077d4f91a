using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Everything one simulation pass reads: population, law, scenario and the draw's shock plan (null for the
/// baseline), with the per-year wage factors worked out once.
/// </summary>
internal sealed class RunContext
{
    public RunContext(SyntheticPopulation pop, ScenarioSpec spec, IEngineLaw law, ShockPlan? plan, ulong seed)
    {
        Pop = pop;
        Spec = spec;
        Law = law;
        Plan = plan;
        Seed = seed;
        Years = spec.HorizonYears;
        var groups = pop.Codes.Occupations.Count + 1;
        WageFactor = new double[Years * groups];
        for (var y = 0; y < Years; y++)
        {
            var phase = plan is null ? 0 : spec.MeanPhaseOfYear(y);
            for (var g = 0; g < groups; g++)
            {
                WageFactor[(y * groups) + g] = plan is null
                    ? 1.0
                    : (1 + (plan.SurvivorGrowth * phase)) * (1 - (plan.WageCut[g] * phase));
            }
        }
    }

    public SyntheticPopulation Pop { get; }

    public ScenarioSpec Spec { get; }

    public IEngineLaw Law { get; }

    public ShockPlan? Plan { get; }

    public ulong Seed { get; }

    public int Years { get; }

    /// <summary>Wage factor of employees not (yet) hit, per year × occupation group (last group: no occupation).</summary>
    public double[] WageFactor { get; }

    public double WageFactorOf(int year, short occupation)
    {
        var groups = Pop.Codes.Occupations.Count + 1;
        var g = occupation < 0 ? groups - 1 : occupation;
        return WageFactor[(year * groups) + g];
    }

    public bool IsHit(int person) => Plan is not null && Plan.HitMonth[person] >= 0;

    /// <summary>Month a hit person works again (job loss only); int.MaxValue when never within the model.</summary>
    public int ReemploymentMonth(int person)
    {
        var r = Spec.Reemployment;
        if (Plan is null || Plan.HitIsHoursCut || r.IsStatic)
            return int.MaxValue;
        var band = Reemployment.AgeBands[Reemployment.BandOf(Pop.Age[person])];
        var education = Reemployment.EducationKeys[(int)Pop.Education[person]];
        var hazard = Math.Min(0.999, r.MonthlyHazardByAge[band] * r.EducationFactor[education] * (1 + r.TrainingUplift));
        if (hazard <= 0)
            return int.MaxValue;
        var u = CounterRandom.Uniform(Seed, RandomStreams.Reemployment, person);
        var delay = 1 + (int)Math.Floor(Math.Log(1 - u) / Math.Log(1 - hazard));
        return Plan.HitMonth[person] + delay;
    }

    public bool Claims(uint stream, long key, double takeUp) =>
        takeUp >= 1 || (takeUp > 0 && CounterRandom.Uniform(Seed, stream, key) < takeUp);
}

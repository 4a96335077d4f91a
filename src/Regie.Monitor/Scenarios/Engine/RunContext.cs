using System.Runtime.CompilerServices;
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
    private readonly int _groups;
    private readonly double[]? _hazard;

    public RunContext(SyntheticPopulation pop, ScenarioSpec spec, IEngineLaw law, ShockPlan? plan, ulong seed)
    {
        Pop = pop;
        Spec = spec;
        Law = law;
        Plan = plan;
        Seed = seed;
        Years = spec.HorizonYears;
        _groups = pop.Codes.Occupations.Count + 1;
        WageFactor = new double[Years * _groups];
        for (var y = 0; y < Years; y++)
        {
            var phase = plan is null ? 0 : spec.MeanPhaseOfYear(y);
            for (var g = 0; g < _groups; g++)
            {
                WageFactor[(y * _groups) + g] = plan is null
                    ? 1.0
                    : (1 + (plan.SurvivorGrowth * phase)) * (1 - (plan.WageCut[g] * phase));
            }
        }

        WagesAsYearBefore = new bool[Years];
        for (var y = 1; y < Years; y++)
            WagesAsYearBefore[y] = WageFactor.AsSpan(y * _groups, _groups).SequenceEqual(WageFactor.AsSpan((y - 1) * _groups, _groups));
        _hazard = plan is null || plan.HitIsHoursCut || spec.Reemployment.IsStatic ? null : Hazards(spec.Reemployment);
    }

    public SyntheticPopulation Pop { get; }

    public ScenarioSpec Spec { get; }

    public IEngineLaw Law { get; }

    public ShockPlan? Plan { get; }

    public ulong Seed { get; }

    public int Years { get; }

    /// <summary>Wage factor of employees not (yet) hit, per year × occupation group (last group: no occupation).</summary>
    public double[] WageFactor { get; }

    /// <summary>
    /// True when every group's wage factor in a year equals the year before's. A year without a hit then repeats the
    /// year before exactly (nothing else in it depends on the month), which the fast engine uses to skip it.
    /// </summary>
    public bool[] WagesAsYearBefore { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double WageFactorOf(int year, short occupation)
    {
        var g = occupation < 0 ? _groups - 1 : occupation;
        return WageFactor[(year * _groups) + g];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsHit(int person) => Plan is not null && Plan.HitMonth[person] >= 0;

    /// <summary>Month a hit person works again (job loss only); int.MaxValue when never within the model.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ReemploymentMonth(int person)
    {
        if (_hazard is null)
            return int.MaxValue;
        var hazard = _hazard[(Reemployment.BandOf(Pop.Age[person]) * Reemployment.EducationKeys.Count) + (int)Pop.Education[person]];
        if (hazard <= 0)
            return int.MaxValue;
        var u = CounterRandom.Uniform(Seed, RandomStreams.Reemployment, person);
        var delay = 1 + (int)Math.Floor(Math.Log(1 - u) / Math.Log(1 - hazard));
        return Plan!.HitMonth[person] + delay; // _hazard is only set with a plan.
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Claims(uint stream, long key, double takeUp) =>
        takeUp >= 1 || (takeUp > 0 && CounterRandom.Uniform(Seed, stream, key) < takeUp);

    // Monthly re-employment hazard per age band × education, worked out once rather than per person.
    private static double[] Hazards(Reemployment r)
    {
        var educations = Reemployment.EducationKeys.Count;
        var hazard = new double[Reemployment.AgeBands.Count * educations];
        for (var band = 0; band < Reemployment.AgeBands.Count; band++)
        {
            for (var e = 0; e < educations; e++)
            {
                hazard[(band * educations) + e] = Math.Min(
                    0.999,
                    r.MonthlyHazardByAge[Reemployment.AgeBands[band]] * r.EducationFactor[Reemployment.EducationKeys[e]] * (1 + r.TrainingUplift));
            }
        }

        return hazard;
    }
}

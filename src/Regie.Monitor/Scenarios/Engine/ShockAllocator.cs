using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Allocates the shock of one draw (microsimulation note §3.2–§3.4): a weighted quota per occupation
/// ∝ employment × exposure (or employment alone for uniform incidence), filled within the occupation in the
/// order of independent random keys tilted by the incidence family (Efraimidis–Spirakis keys −ln u / t);
/// the record that straddles the quota is included with probability (shortfall / its weight). The mixed margin
/// hits a prefix of the same order, so every margin is paired with the job-loss draw of the same seed.
/// </summary>
internal static class ShockAllocator
{
    /// <summary>Cuts never take more than this share of a wage (a cap the wage-cut margin reports when it binds).</summary>
    public const double MaxWageCut = 0.95;

    public static ShockPlan Allocate(SyntheticPopulation pop, ScenarioSpec spec, OccupationExposure exposure, ulong seed)
    {
        var groups = EmployeeGroups.Of(pop);
        var shifted = ShiftedExposure(groups, exposure, spec.Incidence == Incidence.Uniform);
        var hitShare = spec.Margin switch
        {
            AdjustmentMargin.WageCut => 0.0,
            AdjustmentMargin.Mixed => spec.MixedLambda,
            _ => 1.0,
        };
        var fullQuota = Quotas(groups, shifted.Values, spec.DisplacementShare * groups.TotalWeight);
        var tilt = Tilts.For(spec.Incidence, pop, groups, shifted.Values);

        var plan = new ShockPlan(pop.PersonCount, groups.Occupations)
        {
            HitIsHoursCut = spec.Margin == AdjustmentMargin.Hours,
            HoursCutShare = spec.HoursCutShare,
            SurvivorGrowth = spec.SurvivorWageGrowth,
        };
        var quotas = new OccupationQuota[groups.Count];
        var hitLossByGroup = new double[groups.Count];
        var fullLoss = new double[groups.Count];
        Parallel.For(0, groups.Count, g =>
        {
            var members = groups.Members(g);
            var order = OrderByKey(members, tilt, seed);
            var full = Fill(pop, order, fullQuota[g], seed, (uint)g, out fullLoss[g]);
            var hit = hitShare >= 1.0 ? full : Fill(pop, order, fullQuota[g] * hitShare, seed, (uint)g, out _);
            var selected = 0.0;
            for (var i = 0; i < hit; i++)
            {
                var p = order[i];
                var w = pop.Weight[pop.HouseholdOf[p]];
                selected += w;
                hitLossByGroup[g] += w * pop.WageCents[p];
                plan.HitMonth[p] = HitMonthOf(spec, seed, p);
            }

            quotas[g] = new OccupationQuota(g, groups.Weight[g], shifted.Values[g], shifted.Imputed[g], fullQuota[g] * hitShare, selected);
        });

        plan.Quotas = quotas;
        plan.SelectedWeight = quotas.Sum(q => q.Selected);
        plan.FullLossCents = fullLoss.Sum();
        if (spec.Margin is AdjustmentMargin.WageCut or AdjustmentMargin.Mixed)
            SetWageCuts(plan, groups, shifted.Values, hitLossByGroup);
        return plan;
    }

    private static short HitMonthOf(ScenarioSpec spec, ulong seed, int person)
    {
        var v = CounterRandom.Uniform(seed, RandomStreams.HitTiming, person);
        for (var m = 0; m < spec.Months; m++)
        {
            if (spec.PhaseAtEndOfMonth(m) > v)
                return (short)m;
        }

        return ShockPlan.NotHit;
    }

    /// <summary>Members of a group sorted by their tilted random key (smallest first = hit first).</summary>
    private static int[] OrderByKey(ReadOnlySpan<int> members, double[] tilt, ulong seed)
    {
        var keys = new double[members.Length];
        var order = members.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            var u = CounterRandom.Uniform(seed, RandomStreams.AllocationKey, order[i]);
            keys[i] = -Math.Log(1.0 - u) / tilt[order[i]];
        }

        Array.Sort(keys, order);
        return order;
    }

    /// <summary>How many members of <paramref name="order"/> fill <paramref name="quota"/>; the straddling one by a draw.</summary>
    private static int Fill(SyntheticPopulation pop, int[] order, double quota, ulong seed, uint group, out double lossCents)
    {
        var cumulative = 0.0;
        lossCents = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var w = pop.Weight[pop.HouseholdOf[order[i]]];
            if (cumulative + w > quota + 1e-9)
            {
                var include = CounterRandom.Uniform(seed, RandomStreams.QuotaBoundary, group) < (quota - cumulative) / w;
                if (include)
                    lossCents += w * pop.WageCents[order[i]];
                return include ? i + 1 : i;
            }

            cumulative += w;
            lossCents += w * pop.WageCents[order[i]];
        }

        return order.Length;
    }

    /// <summary>Weighted quotas ∝ employment × exposure, capped at each group's employment (the excess goes to the others).</summary>
    internal static double[] Quotas(EmployeeGroups groups, double[] exposure, double total)
    {
        var quota = new double[groups.Count];
        var capped = new bool[groups.Count];
        var remaining = Math.Min(total, groups.TotalWeight);
        for (var round = 0; round < groups.Count && remaining > 1e-9; round++)
        {
            var mass = 0.0;
            for (var g = 0; g < groups.Count; g++)
                mass += capped[g] ? 0 : groups.Weight[g] * exposure[g];
            if (mass <= 0)
                break;
            var spill = 0.0;
            for (var g = 0; g < groups.Count; g++)
            {
                if (capped[g])
                    continue;
                quota[g] += remaining * groups.Weight[g] * exposure[g] / mass;
                if (quota[g] >= groups.Weight[g])
                {
                    spill += quota[g] - groups.Weight[g];
                    quota[g] = groups.Weight[g];
                    capped[g] = true;
                }
            }

            remaining = spill;
        }

        return quota;
    }

    private static (double[] Values, bool[] Imputed) ShiftedExposure(EmployeeGroups groups, OccupationExposure exposure, bool uniform)
    {
        var values = new double[groups.Count];
        var imputed = new bool[groups.Count];
        if (uniform)
        {
            Array.Fill(values, 1.0);
            return (values, imputed);
        }

        var min = double.MaxValue;
        for (var g = 0; g < groups.Occupations; g++)
        {
            if (groups.Weight[g] > 0 && exposure.Scores[g] is { } s)
                min = Math.Min(min, s);
        }

        double weighted = 0, weight = 0;
        for (var g = 0; g < groups.Occupations; g++)
        {
            if (groups.Weight[g] > 0 && exposure.Scores[g] is { } s)
            {
                values[g] = s - min;
                weighted += groups.Weight[g] * values[g];
                weight += groups.Weight[g];
            }
        }

        var mean = weight > 0 ? weighted / weight : 1.0;
        for (var g = 0; g < groups.Count; g++)
        {
            if (g == groups.Occupations || exposure.Scores[g] is null)
            {
                values[g] = mean;
                imputed[g] = true;
            }
        }

        return (values, imputed);
    }

    private static void SetWageCuts(ShockPlan plan, EmployeeGroups groups, double[] exposure, double[] hitLoss)
    {
        var gap = plan.FullLossCents - hitLoss.Sum();
        var mass = 0.0;
        for (var g = 0; g < groups.Count; g++)
            mass += exposure[g] * (groups.WageBill[g] - hitLoss[g]);
        if (gap <= 0 || mass <= 0)
            return;
        var k = gap / mass;
        for (var g = 0; g < groups.Count; g++)
            plan.WageCut[g] = Math.Min(MaxWageCut, k * exposure[g]);
    }
}

using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.TestKit.Scenarios;

namespace Regie.Monitor.Tests.Scenarios.Engine;

public sealed class ShockAllocatorTests
{
    private static readonly SyntheticPopulation Pop = PopulationBuilder.Random(3_000, seed: 21);

    [Fact]
    public void Each_occupation_gets_its_weighted_quota_up_to_one_boundary_record()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.1");

        var plan = ShockAllocator.Allocate(Pop, spec, EngineFixtures.Exposure(Pop), 4);

        var maxWeight = Pop.Weight.Max();
        foreach (var q in plan.Quotas)
            Assert.InRange(q.Selected, q.Quota - maxWeight, q.Quota + maxWeight);
        var employees = plan.Quotas.Sum(q => q.Employees);
        Assert.Equal(0.1 * employees, plan.Quotas.Sum(q => q.Quota), 6);
    }

    [Fact]
    public void Quotas_follow_employment_times_exposure_shifted_so_the_least_exposed_group_gets_none()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.1");

        var quotas = ShockAllocator.Allocate(Pop, spec, EngineFixtures.Exposure(Pop), 4).Quotas;

        // Occupation 0 has the lowest score (0.2) and gets nothing; 1 (0.5) gets most; 2 (no score) and the
        // pseudo-group without an occupation get the employment-weighted mean exposure.
        Assert.Equal(0, quotas[0].Quota);
        Assert.True(quotas[1].Exposure > quotas[2].Exposure);
        Assert.True(quotas[2].Imputed);
        Assert.True(quotas[3].Imputed);
        Assert.Equal(quotas[2].Exposure, quotas[3].Exposure);
    }

    [Fact]
    public void A_quota_larger_than_the_group_spills_over_to_the_others()
    {
        var groups = EmployeeGroups.Of(Pop);
        var exposure = Enumerable.Repeat(0.01, groups.Count).ToArray();
        exposure[1] = 1;

        var quotas = ShockAllocator.Quotas(groups, exposure, 0.5 * groups.TotalWeight);

        Assert.Equal(groups.Weight[1], quotas[1], 6);
        Assert.Equal(0.5 * groups.TotalWeight, quotas.Sum(), 6);
    }

    [Fact]
    public void Uniform_incidence_hits_every_group_in_proportion_to_its_employment()
    {
        var spec = EngineFixtures.Spec("incidence: uniform\ndisplacement_share: 0.2");

        var plan = ShockAllocator.Allocate(Pop, spec, EngineFixtures.Exposure(Pop), 4);

        foreach (var q in plan.Quotas)
            Assert.Equal(0.2 * q.Employees, q.Quota, 6);
    }

    [Fact]
    public void The_mixed_margin_hits_a_subset_of_the_paired_job_loss_draw_and_cuts_wages_for_the_rest()
    {
        var exposure = EngineFixtures.Exposure(Pop);
        var full = ShockAllocator.Allocate(Pop, EngineFixtures.Spec("displacement_share: 0.2"), exposure, 4);
        var mixed = ShockAllocator.Allocate(Pop, EngineFixtures.Spec("displacement_share: 0.2\nmargin: mixed\nmixed_lambda: 0.5"), exposure, 4);

        for (var p = 0; p < Pop.PersonCount; p++)
        {
            if (mixed.HitMonth[p] >= 0)
                Assert.True(full.HitMonth[p] >= 0, $"person {p} is hit under mixed but not under job loss");
        }

        Assert.True(mixed.SelectedWeight < full.SelectedWeight);
        Assert.Contains(mixed.WageCut, c => c > 0);
    }

    [Fact]
    public void Wage_cuts_take_the_same_gross_wage_bill_as_the_paired_job_loss_draw()
    {
        var exposure = EngineFixtures.Exposure(Pop);
        var cut = ShockAllocator.Allocate(Pop, EngineFixtures.Spec("displacement_share: 0.1\nmargin: wage-cut"), exposure, 4);
        var groups = EmployeeGroups.Of(Pop);

        var taken = Enumerable.Range(0, groups.Count).Sum(g => cut.WageCut[g] * groups.WageBill[g]);

        Assert.Equal(0, cut.SelectedWeight);
        Assert.Equal(cut.FullLossCents, taken, 3);
    }

    [Fact]
    public void The_same_seed_hits_the_same_people_and_another_seed_others()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.2");
        var exposure = EngineFixtures.Exposure(Pop);

        var a = ShockAllocator.Allocate(Pop, spec, exposure, 4).HitMonth;
        var b = ShockAllocator.Allocate(Pop, spec, exposure, 4).HitMonth;
        var c = ShockAllocator.Allocate(Pop, spec, exposure, 5).HitMonth;

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void The_junior_tilt_raises_the_share_of_the_young_among_the_hit()
    {
        var exposure = EngineFixtures.Exposure(Pop);
        var plain = ShockAllocator.Allocate(Pop, EngineFixtures.Spec("displacement_share: 0.3\nincidence: uniform"), exposure, 4);
        var big = Enumerable.Range(0, 40).Select(seed => ShockAllocator.Allocate(Pop, EngineFixtures.Spec("displacement_share: 0.3\nincidence: junior-concentrated"), exposure, (ulong)seed));

        var plainShare = YoungShare(plain);
        var tiltedShare = big.Average(YoungShare);

        Assert.True(tiltedShare > plainShare, $"junior share {tiltedShare:P2} vs {plainShare:P2}");
    }

    [Fact]
    public void Hits_arrive_over_the_phase_in_and_never_after_the_horizon()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.3\nphase_in: [0.25, 0.5, 0.75, 1.0]");

        var months = ShockAllocator.Allocate(Pop, spec, EngineFixtures.Exposure(Pop), 4).HitMonth.Where(m => m >= 0).ToArray();

        Assert.All(months, m => Assert.InRange(m, 0, 47));
        Assert.True(months.Count(m => m < 12) is > 0 and var first && first < months.Length / 2, "a quarter of the hits fall in year 1");
    }

    private static double YoungShare(ShockPlan plan)
    {
        double young = 0, all = 0;
        for (var p = 0; p < Pop.PersonCount; p++)
        {
            if (plan.HitMonth[p] < 0)
                continue;
            all++;
            if (Pop.Age[p] is >= 16 and <= 24)
                young++;
        }

        return young / all;
    }
}

using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Synthesis;
using Regie.TestKit.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class HouseholdPlanTests
{
    private static readonly HouseholdTargets Targets = SmallPopulationTargets.Households();

    [Fact]
    public void Templates_add_up_to_the_persons_by_position()
    {
        var plan = HouseholdPlan.From(Targets);

        Assert.Equal(Targets.ChildrenAtHome.Value, plan.Templates.Sum(t => t.Expected * t.Children), 1e-9 * Targets.ChildrenAtHome.Value);
        Assert.Equal(Targets.PersonsInPrivateHouseholds.Value, plan.Persons, 1e-6 * plan.Persons);
        Assert.Equal(Targets.SinglePersons.Value, plan.Templates.Where(t => t.Type == HouseholdType.OnePerson).Sum(t => t.Expected), 1e-9);
        Assert.Equal(Targets.OtherMembers.Value, plan.Templates.Sum(t => t.Expected * (t.Type == HouseholdType.Other ? 2 : t.ExtraMember ? 1 : 0)), 1e-6);
    }

    [Fact]
    public void Large_families_have_the_mean_the_children_need()
    {
        var plan = HouseholdPlan.From(Targets);

        Assert.InRange(plan.MeanChildrenOfLargeFamilies, 3, 4);
    }

    [Fact]
    public void Large_family_sizes_are_a_distribution_with_the_asked_mean()
    {
        var shares = HouseholdPlan.LargeFamilySizes(3.3);

        Assert.Equal(1, shares.Sum(), 12);
        Assert.Equal(3.3, shares.Select((s, j) => s * (3 + j)).Sum(), 9);
        Assert.Equal([1.0, 0, 0, 0, 0, 0], HouseholdPlan.LargeFamilySizes(3));
    }
}

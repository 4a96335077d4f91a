using Regie.Monitor.Scenarios.Population;
using Regie.TestKit.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class PopulationTargetsTests
{
    [Fact]
    public void Equal_figures_give_the_same_content_hash()
    {
        Assert.Equal(SmallPopulationTargets.Create().ContentHash, SmallPopulationTargets.Create().ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", SmallPopulationTargets.Create().ContentHash);
    }

    [Fact]
    public void A_changed_figure_changes_the_content_hash()
    {
        var targets = SmallPopulationTargets.Create();
        var before = targets.ContentHash;

        var changed = targets with { Labour = targets.Labour with { WwBenefits = targets.Labour.WwBenefits with { Value = 1_501 } } };

        Assert.NotEqual(before, changed.ContentHash);
    }

    [Fact]
    public void Consistent_targets_pass_the_check()
    {
        Assert.Null(SmallPopulationTargets.Create().Validate());
    }

    [Fact]
    public void A_share_outside_zero_to_one_is_named()
    {
        var targets = SmallPopulationTargets.Create();
        var group = targets.Occupations[0] with { WomenShare = targets.Occupations[0].WomenShare with { Value = 1.2 } };

        var problem = (targets with { Occupations = [group, .. targets.Occupations.Skip(1)] }).Validate();

        Assert.Equal("occupation 0111 has a share outside [0, 1]", problem);
    }

    [Fact]
    public void More_employed_than_people_of_working_age_is_refused()
    {
        var targets = SmallPopulationTargets.Create();

        var problem = (targets with { Labour = targets.Labour with { Employed = targets.Labour.Employed with { Value = 200_000 } } }).Validate();

        Assert.Equal("more employed persons than persons aged 15-74", problem);
    }
}

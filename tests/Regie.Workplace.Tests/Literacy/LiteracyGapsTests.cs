using Regie.Workplace.Literacy;
using static Regie.Workplace.Literacy.LiteracyLevel;

namespace Regie.Workplace.Tests.Literacy;

public sealed class LiteracyGapsTests
{
    private static Dictionary<Competence, LiteracyLevel> Levels(LiteracyLevel k, LiteracyLevel o, LiteracyLevel h, LiteracyLevel e) => new()
    {
        [Competence.Knowledge] = k,
        [Competence.InTheOrganisation] = o,
        [Competence.HandsOn] = h,
        [Competence.LimitsAndEthics] = e,
    };

    [Fact]
    public void The_codes_to_work_on_are_every_level_above_the_one_reached_up_to_the_one_required()
    {
        var gaps = LiteracyGaps.Of(Levels(Bewust, None, Vloeiend, Bekwaam), Vloeiend);

        Assert.Equal(["Bm1", "Vl1"], gaps[0].ToWorkOn.Select(c => c.ToString()));
        Assert.Equal(["Bt2", "Bm2", "Vl2"], gaps[1].ToWorkOn.Select(c => c.ToString()));
        Assert.Empty(gaps[2].ToWorkOn);
        Assert.Equal(["Vl4"], gaps[3].ToWorkOn.Select(c => c.ToString()));
        Assert.Equal([false, false, true, false], gaps.Select(g => g.MeetsRequirement));
    }

    [Fact]
    public void Without_a_current_self_assessment_every_code_up_to_the_requirement_is_a_gap()
    {
        var gaps = LiteracyGaps.Of(null, Bekwaam);

        Assert.All(gaps, g => Assert.Equal(None, g.Reached));
        Assert.Equal(8, gaps.Sum(g => g.ToWorkOn.Count));
        Assert.False(LiteracyGaps.Meets(null, Bekwaam));
    }

    [Theory]
    [InlineData(Bewust, true)]
    [InlineData(Bekwaam, true)]
    [InlineData(Vloeiend, false)]
    public void A_person_meets_a_requirement_only_in_all_four_competences(LiteracyLevel required, bool meets) =>
        Assert.Equal(meets, LiteracyGaps.Meets(Levels(Expert, Bekwaam, Vloeiend, Bekwaam), required));
}

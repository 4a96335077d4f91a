using Regie.Workplace.Literacy;
using static Regie.Workplace.Literacy.Agreement;

namespace Regie.Workplace.Tests.Literacy;

public sealed class LiteracyScoringTests
{
    private const double PassMark = 0.75;

    public static TheoryData<Agreement, double> Weights => new()
    {
        { StronglyAgree, 1.0 }, { Agree, 0.75 }, { Neutral, 0.5 }, { Disagree, 0.25 }, { StronglyDisagree, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Weights))]
    public void Each_answer_weighs_what_the_self_assessment_says(Agreement answer, double weight) =>
        Assert.Equal(weight, LiteracyScoring.Weight(answer));

    public static TheoryData<Agreement[], double> Means => new()
    {
        { [StronglyAgree, StronglyAgree], 1.0 },
        { [StronglyAgree, Neutral], 0.75 },
        { [Agree, Agree, Disagree], 0.5833333333333334 },
        { [StronglyDisagree], 0.0 },
        { [Agree, StronglyAgree, Neutral, Agree], 0.75 },
    };

    [Theory]
    [MemberData(nameof(Means))]
    public void A_codes_score_is_the_mean_weight_of_its_answers(Agreement[] answers, double expected)
    {
        var code = new CompetenceCode(LiteracyLevel.Bewust, Competence.Knowledge);

        var scores = LiteracyScoring.Scores(answers.Select(a => (code, a)));

        Assert.Equal(expected, scores[code], 12);
    }

    public static TheoryData<double?[], LiteracyLevel> Ladders => new()
    {
        // Scores of Bewust, Bekwaam, Vloeiend, Expert in one competence (null = not asked) → level reached.
        { [null, null, null, null], LiteracyLevel.None },
        { [0.74, 1.0, 1.0, 1.0], LiteracyLevel.None }, // Bewust fails: nothing above counts
        { [0.75, null, null, null], LiteracyLevel.Bewust }, // exactly the pass mark passes
        { [1.0, 0.5, 1.0, 1.0], LiteracyLevel.Bewust }, // Bekwaam fails: the ladder stops
        { [1.0, 0.75, null, null], LiteracyLevel.Bekwaam },
        { [1.0, 0.8, 0.9, 0.7], LiteracyLevel.Vloeiend },
        { [0.75, 0.75, 0.75, 0.75], LiteracyLevel.Expert },
        { [1.0, null, 1.0, 1.0], LiteracyLevel.Bewust }, // a level not asked is not reached
    };

    [Theory]
    [MemberData(nameof(Ladders))]
    public void The_level_reached_is_the_highest_passed_level_whose_lower_levels_all_passed(double?[] scores, LiteracyLevel expected)
    {
        var byCode = new Dictionary<CompetenceCode, double>();
        for (var i = 0; i < 4; i++)
        {
            if (scores[i] is { } s)
            {
                byCode[new CompetenceCode(CompetenceCode.Levels[i], Competence.HandsOn)] = s;
            }
        }

        Assert.Equal(expected, LiteracyScoring.LevelIn(Competence.HandsOn, byCode, PassMark));
    }

    [Fact]
    public void Competences_are_scored_independently()
    {
        var scores = new Dictionary<CompetenceCode, double>
        {
            [new(LiteracyLevel.Bewust, Competence.Knowledge)] = 1.0,
            [new(LiteracyLevel.Bekwaam, Competence.Knowledge)] = 1.0,
            [new(LiteracyLevel.Bewust, Competence.LimitsAndEthics)] = 0.25,
        };

        var levels = LiteracyScoring.Levels(scores, PassMark);

        Assert.Equal(LiteracyLevel.Bekwaam, levels[Competence.Knowledge]);
        Assert.Equal(LiteracyLevel.None, levels[Competence.InTheOrganisation]);
        Assert.Equal(LiteracyLevel.None, levels[Competence.LimitsAndEthics]);
    }
}

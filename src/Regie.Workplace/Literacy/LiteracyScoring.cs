namespace Regie.Workplace.Literacy;

/// <summary>
/// Scoring of the self-assessment (docs/literacy.md). Each answer has a weight: strongly agree 1, agree 0.75, neutral
/// 0.5, disagree 0.25, strongly disagree 0 (the Algoritmekader self-assessment v4). The score of a code is the mean
/// weight of its answered statements. A code passes when its score is at least the pass mark (0.75: on average
/// "agree"). The level reached in a competence is the highest level whose code passed <em>and</em> whose lower
/// levels' codes all passed: a ladder, so Vloeiend without Bekwaam counts as Bewust. Pure.
/// </summary>
public static class LiteracyScoring
{
    /// <summary>The weight of an answer.</summary>
    public static double Weight(Agreement answer) => answer switch
    {
        Agreement.StronglyAgree => 1.0,
        Agreement.Agree => 0.75,
        Agreement.Neutral => 0.5,
        Agreement.Disagree => 0.25,
        Agreement.StronglyDisagree => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an answer on the scale."),
    };

    /// <summary>Mean weight per code, for the codes that have at least one answer.</summary>
    public static IReadOnlyDictionary<CompetenceCode, double> Scores(IEnumerable<(CompetenceCode Code, Agreement Answer)> answers) =>
        answers.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.Average(a => Weight(a.Answer)));

    /// <summary>The level reached per competence (<see cref="LiteracyLevel.None"/> when Bewust did not pass).</summary>
    public static IReadOnlyDictionary<Competence, LiteracyLevel> Levels(IReadOnlyDictionary<CompetenceCode, double> scores, double passMark) =>
        CompetenceCode.Competences.ToDictionary(c => c, c => LevelIn(c, scores, passMark));

    /// <summary>Climbs the ladder of one competence until a level's code is missing or below the pass mark.</summary>
    public static LiteracyLevel LevelIn(Competence competence, IReadOnlyDictionary<CompetenceCode, double> scores, double passMark)
    {
        var reached = LiteracyLevel.None;
        foreach (var level in CompetenceCode.Levels)
        {
            // A tiny tolerance so a mean of exactly 0.75 built from sums of quarters is never lost to rounding.
            if (!scores.TryGetValue(new CompetenceCode(level, competence), out var score) || score < passMark - 1e-9)
            {
                break;
            }

            reached = level;
        }

        return reached;
    }
}

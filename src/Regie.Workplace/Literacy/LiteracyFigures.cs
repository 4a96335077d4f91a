namespace Regie.Workplace.Literacy;

/// <summary>One person as the figures see them: their group, their levels (null without a current self-assessment) and their requirement.</summary>
public sealed record PersonFigure(Guid? WorkerGroupId, IReadOnlyDictionary<Competence, LiteracyLevel>? Levels, LiteracyLevel Required);

/// <summary>How many people reached each level in one competence: index 0 = none, 1 = Bewust … 4 = Expert; null = suppressed.</summary>
public sealed record LevelCounts(Competence Competence, IReadOnlyList<int?> Counts);

/// <summary>The figures of a set of people: levels per competence and how many are below or meet their requirement.</summary>
public sealed record FigureBlock(int Assessed, IReadOnlyList<LevelCounts>? Levels, int? Below, int? Meeting);

/// <summary>A worker group's figures, or nothing when the group is suppressed.</summary>
public sealed record GroupFigure(Guid WorkerGroupId, FigureBlock? Figures);

/// <summary>The organisation's figures: everyone, how many have a current self-assessment, the levels and the groups.</summary>
public sealed record LiteracyOverview(int K, int People, int Assessed, FigureBlock? Organisation, IReadOnlyList<GroupFigure> Groups);

/// <summary>
/// Aggregates self-assessments for the team and organisation views with small-number suppression (docs/literacy.md):
/// <list type="number">
/// <item>a block (the organisation or a worker group) is published only with at least <c>k</c> assessed people;</item>
/// <item>when the people outside the published groups are between 1 and k − 1, the smallest published group is
/// suppressed too, until they are 0 or at least k, so the organisation's figures minus the groups' cannot reveal them;</item>
/// <item>in a published block every count between 1 and k − 1 is suppressed, and when a row (a competence's five levels,
/// or below/meeting) would then hide one count only, the smallest other non-zero count goes too, since the row total is known.</item>
/// </list>
/// Pure, so the suppression is tested on hand-made people.
/// </summary>
public static class LiteracyFigures
{
    /// <summary>The smallest number of people any published count or group stands for.</summary>
    public const int K = 5;

    public static LiteracyOverview Of(IReadOnlyList<PersonFigure> people, int k = K)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var assessed = people.Where(p => p.Levels is not null).ToList();
        var groups = assessed.Where(p => p.WorkerGroupId is not null).GroupBy(p => p.WorkerGroupId!.Value) // filtered above
            .Select(g => (Id: g.Key, People: g.ToList())).OrderBy(g => g.People.Count).ThenBy(g => g.Id).ToList();
        var published = groups.Where(g => g.People.Count >= k).ToList();
        var outside = assessed.Count - published.Sum(g => g.People.Count);
        while (outside is > 0 && outside < k && published.Count > 0)
        {
            outside += published[0].People.Count;
            published.RemoveAt(0);
        }

        var shown = published.Select(g => g.Id).ToHashSet();
        return new LiteracyOverview(k, people.Count, assessed.Count, assessed.Count >= k ? Block(assessed, k) : null,
            [.. groups.OrderBy(g => g.Id).Select(g => new GroupFigure(g.Id, shown.Contains(g.Id) ? Block(g.People, k) : null))]);
    }

    private static FigureBlock Block(IReadOnlyList<PersonFigure> people, int k)
    {
        var levels = CompetenceCode.Competences.Select(c => new LevelCounts(c, Suppress(
            [.. Enum.GetValues<LiteracyLevel>().Select(l => people.Count(p => p.Levels![c] == l))], k))).ToList(); // only assessed people come here
        var below = people.Count(p => !LiteracyGaps.Meets(p.Levels, p.Required));
        var pair = Suppress([below, people.Count - below], k);
        return new FigureBlock(people.Count, levels, pair[0], pair[1]);
    }

    /// <summary>Hides counts between 1 and k − 1; a lone hidden count takes the smallest other non-zero count with it.</summary>
    public static IReadOnlyList<int?> Suppress(IReadOnlyList<int> counts, int k)
    {
        var hidden = counts.Select(c => c is > 0 && c < k).ToArray();
        if (hidden.Count(h => h) == 1)
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i] && counts[i] > 0)
                .OrderBy(i => counts[i]).Select(i => (int?)i).FirstOrDefault();
            if (next is { } i)
            {
                hidden[i] = true;
            }
        }

        return [.. counts.Select((c, i) => hidden[i] ? (int?)null : c)];
    }
}

namespace Regie.Workplace.Literacy;

/// <summary>One competence of a person: the level reached, the level needed and the codes still to work on.</summary>
public sealed record CompetenceGap(Competence Competence, LiteracyLevel Reached, LiteracyLevel Required, IReadOnlyList<CompetenceCode> ToWorkOn)
{
    public bool MeetsRequirement => Reached >= Required;
}

/// <summary>
/// The gaps between what a person reached and what they need (docs/literacy.md). In each competence the codes to work on
/// are those of every level above the level reached up to the level required: the ladder needs each of them. Without a
/// current self-assessment nothing counts as reached. Pure.
/// </summary>
public static class LiteracyGaps
{
    public static IReadOnlyList<CompetenceGap> Of(IReadOnlyDictionary<Competence, LiteracyLevel>? reached, LiteracyLevel required) =>
        [.. CompetenceCode.Competences.Select(c =>
        {
            var level = reached?.GetValueOrDefault(c) ?? LiteracyLevel.None;
            var codes = CompetenceCode.Levels.Where(l => l > level && l <= required).Select(l => new CompetenceCode(l, c)).ToList();
            return new CompetenceGap(c, level, required, codes);
        })];

    /// <summary>True when every competence reaches the required level.</summary>
    public static bool Meets(IReadOnlyDictionary<Competence, LiteracyLevel>? reached, LiteracyLevel required) =>
        Of(reached, required).All(g => g.MeetsRequirement);
}

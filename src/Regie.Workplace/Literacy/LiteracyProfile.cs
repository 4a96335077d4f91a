using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Literacy;

/// <summary>
/// One taking of the AI literacy self-assessment by one member (AI Act art. 4): the level reached per competence and
/// the score per code. Profiles are never changed; taking the self-assessment again adds the next version, so the
/// history stays. Only the member sees the scores (docs/literacy.md, privacy).
/// </summary>
public sealed class LiteracyProfile : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid MemberId { get; init; }

    /// <summary>1 for the member's first self-assessment, then 2, 3, …</summary>
    public int Version { get; init; }

    /// <summary>The version of data/instruments/ai-literacy.yaml that was answered.</summary>
    public required string InstrumentVersion { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>The highest level whose statements were answered; levels above it were not assessed.</summary>
    public LiteracyLevel AssessedUpTo { get; init; }

    /// <summary>The worker group the member said they work in, for the team figures (optional).</summary>
    public Guid? WorkerGroupId { get; init; }

    /// <summary>The level the member needed when they took the self-assessment.</summary>
    public LiteracyLevel RequiredAtTheTime { get; init; }

    // The levels and the plan have names found nowhere else, so the audit trail can leave exactly these out (privacy).
    public LiteracyLevel KnowledgeLevel { get; init; }

    public LiteracyLevel OrganisationLevel { get; init; }

    public LiteracyLevel HandsOnLevel { get; init; }

    public LiteracyLevel EthicsLevel { get; init; }

    /// <summary>The member's own plan: what they want to learn next (optional).</summary>
    public string? LearningPlan { get; init; }

    public List<LiteracyScore> Scores { get; init; } = [];

    /// <summary>The level reached in one competence.</summary>
    public LiteracyLevel LevelIn(Competence competence) => competence switch
    {
        Competence.Knowledge => KnowledgeLevel,
        Competence.InTheOrganisation => OrganisationLevel,
        Competence.HandsOn => HandsOnLevel,
        Competence.LimitsAndEthics => EthicsLevel,
        _ => throw new ArgumentOutOfRangeException(nameof(competence), competence, "Not a competence."),
    };

    /// <summary>The level reached per competence.</summary>
    public IReadOnlyDictionary<Competence, LiteracyLevel> Levels =>
        CompetenceCode.Competences.ToDictionary(c => c, LevelIn);
}

/// <summary>The score of one code in one profile: the mean answer weight, in [0, 1].</summary>
public sealed class LiteracyScore : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid ProfileId { get; init; }

    /// <summary>"Bt1".."Ex4".</summary>
    public required string Code { get; init; }

    /// <summary>The mean answer weight (a distinct name, left out of the audit trail).</summary>
    public double MeanWeight { get; init; }
}

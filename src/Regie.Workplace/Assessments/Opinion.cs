using System.Text.Json.Serialization;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>A formal opinion on an assessment, kept whatever it says (domain note §3: opinions are stored even when negative).</summary>
public sealed class Opinion : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AssessmentId { get; init; }

    public OpinionKind Kind { get; init; }

    public OpinionPosition Position { get; init; }

    public required string Text { get; init; }

    public Guid? GivenByMemberId { get; init; }

    public DateTimeOffset GivenAt { get; init; }
}

/// <summary>Whose opinion it is. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpinionKind>))]
public enum OpinionKind
{
    /// <summary>The privacy officer (FG/DPO).</summary>
    Privacy = 1,

    /// <summary>The works council (OR).</summary>
    WorksCouncil = 2,

    /// <summary>The prevention officer (preventiemedewerker, Arbowet art. 13), a reviewer.</summary>
    Prevention = 3,
}

/// <summary>What the opinion comes down to. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpinionPosition>))]
public enum OpinionPosition
{
    Positive = 1,
    Conditional = 2,
    Negative = 3,
}

/// <summary>The role that gives each kind of opinion.</summary>
public static class OpinionRoles
{
    /// <summary>The role a member needs to give an opinion of <paramref name="kind"/>.</summary>
    public static Role For(OpinionKind kind) => kind switch
    {
        OpinionKind.Privacy => Role.PrivacyOfficer,
        OpinionKind.WorksCouncil => Role.WorksCouncil,
        OpinionKind.Prevention => Role.Reviewer,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown opinion kind."),
    };
}

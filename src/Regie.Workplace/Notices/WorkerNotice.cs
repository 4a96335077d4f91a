using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Notices;

/// <summary>
/// A plain-language (B1) notice about one AI system: AI Act art. 26(7) (workers' representatives and affected
/// workers, before a high-risk system is used at the workplace) and art. 26(11) (people it makes or helps make
/// decisions about). One explanation for what, why, decisions, oversight, rights and contact (domain note §1.1).
/// </summary>
public sealed class WorkerNotice : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public NoticeAudience Audience { get; set; }

    /// <summary>What the system is and what it is used for.</summary>
    public required string What { get; set; }

    /// <summary>Why the organisation uses it.</summary>
    public required string Why { get; set; }

    /// <summary>Which decisions it makes or helps make.</summary>
    public required string Decisions { get; set; }

    /// <summary>Who checks its output and can overrule or stop it.</summary>
    public required string Oversight { get; set; }

    /// <summary>What workers may do: ask for an explanation or a human review, object, go to the works council.</summary>
    public required string Rights { get; set; }

    /// <summary>Where to ask questions.</summary>
    public required string Contact { get; set; }

    /// <summary>How the notice reaches people (e-mail, intranet, team meeting).</summary>
    public required string Channel { get; set; }

    public NoticeStatus Status { get; set; } = NoticeStatus.Draft;

    public DateOnly? SentOn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Who a notice is for. Flags, stored as a number: never renumber.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<NoticeAudience>))]
public enum NoticeAudience
{
    None = 0,

    /// <summary>The works council or other workers' representatives (art. 26(7)).</summary>
    Representatives = 1 << 0,

    /// <summary>The workers affected by the system (art. 26(7)).</summary>
    AffectedWorkers = 1 << 1,

    /// <summary>People the system makes or helps make decisions about (art. 26(11)).</summary>
    DecisionSubjects = 1 << 2,
}

/// <summary>State of a notice. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeStatus>))]
public enum NoticeStatus
{
    Draft = 1,
    Sent = 2,
}

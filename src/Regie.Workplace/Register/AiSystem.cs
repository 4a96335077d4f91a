using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Register;

/// <summary>An AI system the organisation uses or plans to use: one row of the AI register.</summary>
public sealed class AiSystem : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }

    /// <summary>What the organisation uses it for, in its own words.</summary>
    public required string Purpose { get; set; }

    public required string Provider { get; set; }

    public string? Version { get; set; }

    public DecisionTypes DecisionTypes { get; set; }

    /// <summary>Categories of data the system uses (free text, e.g. "rosters, sales per hour").</summary>
    public string? DataUsed { get; set; }

    /// <summary>
    /// Suitable for observing or checking attendance, behaviour or performance (WOR art. 27(1)(l)): objective
    /// suitability is enough, intent is not required. True means the works council's consent is needed.
    /// </summary>
    public bool MonitoringCapable { get; set; }

    /// <summary>Plain-language (B1) explanation for employees: what it does and what it means for them.</summary>
    public string? PlainLanguageSummary { get; set; }

    /// <summary>Where employees go with questions, for an explanation or a human review.</summary>
    public string? ContactPoint { get; set; }

    public AiSystemStatus Status { get; set; } = AiSystemStatus.Idea;

    public Guid OwnerMemberId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<AiSystemWorkerGroup> WorkerGroups { get; init; } = [];

    public List<AiSystemJobProfile> JobProfiles { get; init; } = [];

    public List<AiSystemOverseer> Overseers { get; init; } = [];
}

/// <summary>A worker group affected by an AI system.</summary>
public sealed class AiSystemWorkerGroup : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid WorkerGroupId { get; init; }
}

/// <summary>A job profile affected by an AI system.</summary>
public sealed class AiSystemJobProfile : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid JobProfileId { get; init; }
}

/// <summary>A member who oversees an AI system (AI Act Art. 14 and 26(2)).</summary>
public sealed class AiSystemOverseer : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid MemberId { get; init; }
}

/// <summary>The kinds of decision an AI system makes or supports (workplace domain note §2).</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<DecisionTypes>))]
public enum DecisionTypes
{
    None = 0,
    Recruitment = 1 << 0,
    TaskAllocation = 1 << 1,
    Scheduling = 1 << 2,
    Appraisal = 1 << 3,
    Monitoring = 1 << 4,
    Discipline = 1 << 5,
    Termination = 1 << 6,
    Pay = 1 << 7,
    Training = 1 << 8,
}

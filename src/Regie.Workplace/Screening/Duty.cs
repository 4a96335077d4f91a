using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Screening;

/// <summary>A deployer duty of one AI system, tracked as a checklist item with an owner and a due date.</summary>
public sealed class Duty : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public DutyKind Kind { get; init; }

    /// <summary>True when the duty must be met before the system is piloted or goes live.</summary>
    public bool BeforeUse { get; init; }

    public Guid? OwnerMemberId { get; set; }

    public DateOnly? DueDate { get; set; }

    public DutyStatus Status { get; set; } = DutyStatus.Open;

    /// <summary>What shows the duty is met (a document, a decision, a date).</summary>
    public string? Evidence { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Set when a newer screening no longer gives rise to this duty; kept for the record.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>State of a duty.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DutyStatus>))]
public enum DutyStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
}

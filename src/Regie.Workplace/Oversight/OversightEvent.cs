using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>
/// One case an overseer handled: what they did with the AI's output and how long it took. The case reference points
/// into the system's own records and carries no personal data (<see cref="CaseReference"/>).
/// </summary>
public sealed class OversightEvent : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid OverseerMemberId { get; init; }

    public OversightEventKind Kind { get; init; }

    public required string CaseReference { get; init; }

    /// <summary>Time the overseer spent on the case, in whole seconds.</summary>
    public int SecondsSpent { get; init; }

    /// <summary>When the overseer acted.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The API key the system posted with; null when the overseer posted it.</summary>
    public Guid? ApiKeyId { get; init; }
}

/// <summary>What the overseer did with the output. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OversightEventKind>))]
public enum OversightEventKind
{
    /// <summary>Used the output as it was.</summary>
    Accepted = 1,

    /// <summary>Used the output after changing it.</summary>
    Modified = 2,

    /// <summary>Disregarded or reversed the output and decided otherwise.</summary>
    Overridden = 3,

    /// <summary>Stopped the system.</summary>
    Stopped = 4,

    /// <summary>Passed the case on along the escalation path.</summary>
    Escalated = 5,
}

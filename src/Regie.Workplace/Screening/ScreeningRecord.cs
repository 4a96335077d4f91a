using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Screening;

/// <summary>A screening as it was run: the answers, the outcome, who ran it and when. The newest one counts.</summary>
public sealed class ScreeningRecord : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public required ScreeningAnswers Answers { get; init; }

    public RiskClass RiskClass { get; init; }

    public required IReadOnlyList<ScreeningReason> Reasons { get; init; }

    public Guid ScreenedByMemberId { get; init; }

    public DateTimeOffset ScreenedAt { get; init; }
}

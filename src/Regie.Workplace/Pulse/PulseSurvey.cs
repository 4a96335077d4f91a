using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Pulse;

/// <summary>
/// The job-quality pulse of one AI system: its waves (before and after deployment), the instrument version, and the
/// anonymity rules. There is no way to make a survey non-anonymous; k can only be raised once a wave has responses.
/// </summary>
public sealed class PulseSurvey : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    /// <summary>Version of the instrument the survey asks (data/instruments/job-quality-pulse.json).</summary>
    public required string InstrumentVersion { get; init; }

    /// <summary>Minimum respondents per published cell; never below <see cref="Aggregation.AnonymityRules.FloorK"/>.</summary>
    public int K { get; set; }

    /// <summary>Minimum distinct scores per dimension in a published cell.</summary>
    public int MinDistinctAnswers { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One round of the survey, for all its worker groups at once.</summary>
public sealed class PulseWave : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid SurveyId { get; init; }

    /// <summary>The organisation's name for the wave, such as "T0" or "3 months after go-live".</summary>
    public required string Label { get; set; }

    public WaveKind Kind { get; init; }

    public WaveStatus Status { get; set; } = WaveStatus.Draft;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Before (the baseline, T0) or after deployment. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaveKind>))]
public enum WaveKind
{
    Baseline = 1,
    FollowUp = 2,
}

/// <summary>Draft → Open → Closed. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaveStatus>))]
public enum WaveStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>
/// A number of anonymous links issued for one worker group in one wave. The links themselves live only in the vault,
/// as hashes; nothing records who received which link.
/// </summary>
public sealed class PulseLinkBatch : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid WaveId { get; init; }

    public Guid WorkerGroupId { get; init; }

    public int Count { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Pulse;

/// <summary>
/// A change the organisation has agreed to act on, e.g. "the share answering often or always on workload rises by 10
/// points or more". When a closed follow-up wave crosses it for a published cell, Regie raises a <see cref="PulseFlag"/>.
/// </summary>
public sealed class PulseThreshold : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid SurveyId { get; init; }

    /// <summary>Code of the instrument dimension, such as "workload".</summary>
    public required string Dimension { get; init; }

    public PulseIndicator Indicator { get; init; }

    public ChangeDirection Direction { get; init; }

    /// <summary>Percentage points for <see cref="PulseIndicator.ShareHigh"/>, scale points for <see cref="PulseIndicator.Mean"/>; positive.</summary>
    public double Amount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Which figure a threshold watches. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PulseIndicator>))]
public enum PulseIndicator
{
    /// <summary>Share of respondents with a high score, in percentage points.</summary>
    ShareHigh = 1,

    /// <summary>Mean score, in scale points.</summary>
    Mean = 2,
}

/// <summary>Which way a change must go to cross a threshold. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeDirection>))]
public enum ChangeDirection
{
    Rise = 1,
    Fall = 2,
}

/// <summary>
/// A threshold crossed: the signal that the consultation on the AI system must be reopened (read by the consultation
/// feature) and the reason for the "update the RI&amp;E" measure for the prevention officer (<see cref="MeasureId"/>).
/// Raised only on published cells, so a flag never reveals a suppressed one.
/// </summary>
public sealed class PulseFlag : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid SurveyId { get; init; }

    public Guid ThresholdId { get; init; }

    public Guid WaveId { get; init; }

    /// <summary>The worker group, or null for all groups of the wave together.</summary>
    public Guid? WorkerGroupId { get; init; }

    public required string Dimension { get; init; }

    /// <summary>The change that crossed the threshold, in the threshold's unit.</summary>
    public double Change { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>The "update the RI&amp;E" measure created with the flag.</summary>
    public Guid? MeasureId { get; init; }
}

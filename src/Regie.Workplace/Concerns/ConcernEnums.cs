using System.Text.Json.Serialization;

namespace Regie.Workplace.Concerns;

/// <summary>What a concern is about. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcernCategory>))]
public enum ConcernCategory
{
    /// <summary>Being watched or measured more than expected.</summary>
    Monitoring = 0,

    /// <summary>Being treated unfairly or differently from others.</summary>
    UnfairTreatment = 1,

    /// <summary>The system made a mistake.</summary>
    Error = 2,

    /// <summary>Too much work or work that is too hard because of the system.</summary>
    Workload = 3,

    /// <summary>Safety or health.</summary>
    Safety = 4,

    /// <summary>Something else.</summary>
    Other = 5,
}

/// <summary>Where a concern is in its handling (<see cref="ConcernFlow"/>). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcernStatus>))]
public enum ConcernStatus
{
    Received = 0,
    UnderInvestigation = 1,
    Answered = 2,
    Closed = 3,
}

/// <summary>The anti-retaliation check of a case. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RetaliationCheck>))]
public enum RetaliationCheck
{
    NotYetChecked = 0,

    /// <summary>Checked; no sign of reprisals.</summary>
    NoSignsFound = 1,

    /// <summary>Checked; signs found and action taken (described in the note).</summary>
    SignsFoundActionTaken = 2,
}

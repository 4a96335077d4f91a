using System.Text.Json.Serialization;

namespace Regie.Workplace.Assessments;

/// <summary>
/// Review state of a job impact assessment (workplace domain note §3, after the CNIL PIA pattern). The reviewer's
/// "acceptable" evaluation moves it straight to <see cref="AwaitingOpinions"/>. Stored as numbers: never renumber.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentStatus>))]
public enum AssessmentStatus
{
    Draft = 1,
    InProgress = 2,
    InReview = 3,
    ToBeFixed = 4,

    /// <summary>Found acceptable by a reviewer; waiting for the privacy officer, works council and prevention officer.</summary>
    AwaitingOpinions = 5,
    Validated = 6,
    Refused = 7,

    /// <summary>Replaced by a newer version because the AI system changed.</summary>
    Superseded = 8,
}

/// <summary>What the AI system does to a task. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskEffectKind>))]
public enum TaskEffectKind
{
    /// <summary>The system takes the task over.</summary>
    Automated = 1,

    /// <summary>The worker still does the task, helped by the system.</summary>
    Augmented = 2,

    /// <summary>A task that exists because of the system (checking output, correcting, labelling).</summary>
    New = 3,
    Unchanged = 4,

    /// <summary>The task disappears without the system doing it.</summary>
    Removed = 5,
}

/// <summary>Whether a signal is present for the worker group. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignalPresence>))]
public enum SignalPresence
{
    Present = 1,
    Absent = 2,
    Unsure = 3,
}

/// <summary>Which way a present signal works out for the group. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignalDirection>))]
public enum SignalDirection
{
    Positive = 1,
    Negative = 2,
    Mixed = 3,
}

/// <summary>Who the evidence for a signal comes from; several may apply.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceSources>))]
public enum EvidenceSources
{
    None = 0,
    Management = 1,
    Workers = 2,
    WorksCouncil = 4,
    Data = 8,
}

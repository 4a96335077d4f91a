using System.Text.Json.Serialization;

namespace Regie.Workplace.Measures;

/// <summary>State of a measure (workplace domain note §3). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureStatus>))]
public enum MeasureStatus
{
    Todo = 1,
    InProgress = 2,
    InReview = 3,
    Done = 4,

    /// <summary>Decided not to implement, with a reason.</summary>
    NotImplemented = 5,
}

/// <summary>Where a measure comes from. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureSource>))]
public enum MeasureSource
{
    /// <summary>A risk found in a job impact assessment.</summary>
    Assessment = 1,

    /// <summary>A condition the works council attached to its advice or consent.</summary>
    WorksCouncilCondition = 2,

    /// <summary>A clause of the collective labour agreement (CAO).</summary>
    CaoClause = 3,

    /// <summary>Anything else the organisation decided (a pulse threshold, a concern, an oversight finding).</summary>
    Other = 4,
}

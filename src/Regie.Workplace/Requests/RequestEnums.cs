using System.Text.Json.Serialization;

namespace Regie.Workplace.Requests;

/// <summary>What the worker asks for. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionRequestKind>))]
public enum DecisionRequestKind
{
    /// <summary>A clear and meaningful explanation of the AI's role and the main elements of the decision (AI Act Art. 86).</summary>
    Explanation = 0,

    /// <summary>A person looks at the decision again and can change it (GDPR Art. 22(3) human intervention).</summary>
    HumanReview = 1,

    /// <summary>Objection to the processing of one's data (GDPR Art. 21).</summary>
    Objection = 2,

    /// <summary>Access to one's own data used for the decision (GDPR Art. 15).</summary>
    Access = 3,
}

/// <summary>Where a request is (<see cref="DecisionRequestFlow"/>). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionRequestStatus>))]
public enum DecisionRequestStatus
{
    Received = 0,
    Acknowledged = 1,
    InHumanReview = 2,
    Answered = 3,
    Closed = 4,
    Appealed = 5,
}

/// <summary>What the human review concluded. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequestOutcome>))]
public enum RequestOutcome
{
    None = 0,

    /// <summary>An explanation or the data was given; the decision was not in question.</summary>
    ExplanationGiven = 1,

    /// <summary>The decision stands after human review.</summary>
    DecisionUpheld = 2,

    /// <summary>The decision was changed.</summary>
    DecisionChanged = 3,

    /// <summary>The decision was withdrawn (or the processing stopped after an objection).</summary>
    DecisionWithdrawn = 4,
}

using System.Text.Json.Serialization;

namespace Regie.Workplace.Consultation;

/// <summary>The works council's right at stake. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationKind>))]
public enum ConsultationKind
{
    /// <summary>Advice right, WOR art. 25(1).</summary>
    Advice = 1,

    /// <summary>Consent right, WOR art. 27(1).</summary>
    Consent = 2,
}

/// <summary>
/// The provisions of the Works Councils Act (WOR) a request rests on. Flags, stored as a number: never renumber.
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<LegalGrounds>))]
public enum LegalGrounds
{
    None = 0,

    /// <summary>Art. 25(1)(e): an important change in the organisation (tasks or jobs disappear or change).</summary>
    Wor25_1e = 1 << 0,

    /// <summary>Art. 25(1)(h): an important investment for the enterprise.</summary>
    Wor25_1h = 1 << 1,

    /// <summary>Art. 25(1)(k): introducing or changing an important technological provision.</summary>
    Wor25_1k = 1 << 2,

    /// <summary>Art. 27(1)(d): rules on working conditions, sick leave or reintegration.</summary>
    Wor27_1d = 1 << 3,

    /// <summary>Art. 27(1)(k): rules on processing and protecting staff's personal data.</summary>
    Wor27_1k = 1 << 4,

    /// <summary>Art. 27(1)(l): provisions aimed at or suitable for observing or checking attendance, behaviour or performance.</summary>
    Wor27_1l = 1 << 5,
}

/// <summary>Steps of a works-council procedure (workplace domain note §3). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationStatus>))]
public enum ConsultationStatus
{
    Draft = 1,
    Sent = 2,

    /// <summary>The council studies the request: questions, answers, an expert.</summary>
    UnderReview = 3,

    /// <summary>At least one consultation meeting (overlegvergadering) is on record.</summary>
    MeetingHeld = 4,
    AdviceGiven = 5,
    ConsentGiven = 6,
    ConsentRefused = 7,
    DecisionNotified = 8,

    /// <summary>The decision deviates from the advice: its execution is suspended for one month after the notice.</summary>
    Standstill = 9,

    /// <summary>The council appealed to the Enterprise Chamber (Ondernemingskamer).</summary>
    Appealed = 10,

    /// <summary>After a refusal, the employer asked the cantonal court (kantonrechter) for substitute consent.</summary>
    SubstituteConsentRequested = 11,
    Closed = 12,

    /// <summary>The agreed evaluation moment has come.</summary>
    EvaluationDue = 13,
}

/// <summary>The works council's formal position. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CouncilPosition>))]
public enum CouncilPosition
{
    PositiveAdvice = 1,
    NegativeAdvice = 2,

    /// <summary>Positive advice under conditions; each condition becomes a measure the council verifies.</summary>
    ConditionalAdvice = 3,
    ConsentGiven = 4,
    ConsentRefused = 5,
}

/// <summary>A question from the council or a comment (council or expert). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageKind>))]
public enum MessageKind
{
    Question = 1,
    Comment = 2,
}

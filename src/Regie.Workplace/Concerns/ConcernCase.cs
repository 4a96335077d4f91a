namespace Regie.Workplace.Concerns;

/// <summary>A case in the handlers' list. <paramref name="AwaitsHandler"/>: the raiser wrote last or nobody answered yet.</summary>
public sealed record ConcernSummary(
    Guid Id, string Reference, ConcernCategory Category, string? AiSystemName, ConcernStatus Status, DateOnly ReceivedOn,
    bool Anonymous, string? InvestigatorName, RetaliationCheck RetaliationCheck, bool AwaitsHandler);

/// <summary>
/// A case as the confidential handlers see it. <paramref name="RaisedBy"/> is the name only for a concern raised by
/// name; an anonymous case has no raiser to show, because none is stored.
/// </summary>
public sealed record ConcernCase(
    ConcernSummary Summary, Guid? AiSystemId, string ConcernText, string? RaisedBy, Guid? InvestigatorMemberId,
    string? RetaliationNote, DateOnly? RetaliationCheckedOn, DateOnly? ClosedOn, IReadOnlyList<ThreadMessage> Messages,
    IReadOnlyList<ConcernStatus> NextStatuses);

/// <summary>Counts for the works council and management (parity): per category and per status, never per person.</summary>
public sealed record ConcernFigures(
    int Total, int Open, IReadOnlyList<CategoryCount> ByCategory, IReadOnlyList<StatusCount> ByStatus, int RetaliationSignsFound);

/// <summary>The number of concerns in one category.</summary>
public sealed record CategoryCount(ConcernCategory Category, int Count);

/// <summary>The number of concerns in one status.</summary>
public sealed record StatusCount(ConcernStatus Status, int Count);

/// <summary>The anti-retaliation check as recorded by a handler.</summary>
public sealed record RetaliationInput(RetaliationCheck? Check, string? Note);

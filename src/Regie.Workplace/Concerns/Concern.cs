using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Concerns;

/// <summary>
/// A concern about an AI system at work (ISO/IEC 42001 A.3.3 reporting of concerns). When <see cref="Anonymous"/>,
/// nothing about the raiser is kept: no member, account, address or browser; the date is kept to the day only, and the
/// raiser reaches the case through a secret link of which only the hash is stored (workplace domain note §5.4).
/// </summary>
public sealed class Concern : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>Short code handlers and the raiser use to talk about the case; random, says nothing about the raiser.</summary>
    public required string Reference { get; init; }

    /// <summary>SHA-256 of the raiser's secret link; the secret itself is shown once and never stored.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The AI system the concern is about; null when the raiser does not know which one.</summary>
    public Guid? AiSystemId { get; init; }

    public ConcernCategory Category { get; init; }

    /// <summary>What the raiser wrote. Kept out of the audit log (only the handlers read it).</summary>
    public required string ConcernText { get; init; }

    /// <summary>True when no identity is stored; then <see cref="RaisedByMemberId"/> is always null.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The member who raised it by name (signed in, chose not to be anonymous); null when anonymous.</summary>
    public Guid? RaisedByMemberId { get; init; }

    /// <summary>The day it came in (Europe/Amsterdam); deliberately no time of day.</summary>
    public DateOnly ReceivedOn { get; init; }

    public ConcernStatus Status { get; set; } = ConcernStatus.Received;

    /// <summary>The confidential handler who investigates the case.</summary>
    public Guid? InvestigatorMemberId { get; set; }

    /// <summary>Whether the raiser's position was checked for reprisals; tracked on the case, never on a person.</summary>
    public RetaliationCheck RetaliationCheck { get; set; } = RetaliationCheck.NotYetChecked;

    public string? RetaliationNote { get; set; }

    public DateOnly? RetaliationCheckedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public List<ConcernMessage> Messages { get; init; } = [];
}

/// <summary>One message in a concern's two-way conversation between the raiser and the handlers.</summary>
public sealed class ConcernMessage : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid ConcernId { get; init; }

    /// <summary>Order within the case, from 1 (the day alone cannot order messages).</summary>
    public int Number { get; init; }

    /// <summary>True when the raiser wrote it (through the secret link); then there is no author.</summary>
    public bool FromRaiser { get; init; }

    /// <summary>The handler who wrote it; null for the raiser's messages.</summary>
    public Guid? AuthorMemberId { get; init; }

    /// <summary>The text. Kept out of the audit log (only the handlers and the raiser read it).</summary>
    public required string MessageText { get; init; }

    /// <summary>The day it was sent (Europe/Amsterdam).</summary>
    public DateOnly SentOn { get; init; }
}

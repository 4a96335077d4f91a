namespace Regie.Workplace.Screening;

/// <summary>When each duty is owed: before use (a gate on Pilot and Live) or ongoing while the system is used.</summary>
internal static class DutyTiming
{
    /// <summary>
    /// The date from which the deployer duties for Annex III high-risk systems apply. Art. 113 of Regulation (EU)
    /// 2024/1689 set 2 August 2026; the Digital Omnibus on AI (adopted by the Council on 29 June 2026; cited as
    /// Regulation (EU) 2026/1744 — [verify] the Official Journal reference) moved it to 2 December 2027.
    /// </summary>
    public static readonly DateOnly AnnexIiiDutiesApply = new(2027, 12, 2);

    /// <summary>True when the duty must be met before the system is used; each arm cites where that comes from.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a known duty kind.</exception>
    public static bool IsBeforeUse(DutyKind kind) => kind switch
    {
        // Art. 4 (since 2 February 2025): people operating the system need the literacy when they operate it.
        DutyKind.Art4Literacy => true,
        // Art. 26(2) with 14(4): oversight is assigned to people who can understand, interpret, override and stop
        // the system; that has to be in place when it first runs.
        DutyKind.Art14OversightDesign or DutyKind.Art26_2CompetentOversight => true,
        // Art. 26(1): the technical and organisational measures for following the instructions precede use.
        DutyKind.Art26_1InstructionsForUse => true,
        // Art. 26(4): the input data the deployer controls must stay relevant and representative while in use.
        DutyKind.Art26_4InputData => false,
        // Art. 26(5) and 26(6): monitoring the operation and keeping the logs happen during use.
        DutyKind.Art26_5Monitoring or DutyKind.Art26_6Logs => false,
        // Art. 26(7): "before putting into service or using a high-risk AI system at the workplace".
        DutyKind.Art26_7InformWorkers => true,
        // Art. 26(9) with GDPR Art. 35(1): the DPIA is carried out "prior to the processing".
        DutyKind.Art26_9Dpia => true,
        // Art. 26(11): people must know before the system decides about them, so the notice precedes first use
        // (each new decision subject is then informed as they come).
        DutyKind.Art26_11InformDecisionSubjects => true,
        // Art. 27(1): "prior to deploying".
        DutyKind.Art27Fria => true,
        // Art. 50(5): the information is given "at the latest at the time of the first interaction or exposure".
        DutyKind.Art50Transparency => true,
        // Art. 86: explanations are given on request, after a decision, for as long as the system is used.
        DutyKind.Art86Explanation => false,
        // WOR art. 25(2): the advice is asked when it can still substantially influence the decision.
        DutyKind.Wor25AdviceRequest => true,
        // WOR art. 27(1) and (5): a decision needs the council's consent first; without it the decision is voidable.
        DutyKind.Wor27ConsentRequest => true,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown duty kind."),
    };

    /// <summary>
    /// Before-use duties have no calendar date: the law ties them to first use, which the lifecycle gate enforces.
    /// Ongoing duties (all Annex III duties) are due on the date the Annex III rules apply while that date is still
    /// ahead; from then on they run from first use and carry no date.
    /// </summary>
    public static DateOnly? DueDate(DutyKind kind, DateOnly today) =>
        IsBeforeUse(kind) || today >= AnnexIiiDutiesApply ? null : AnnexIiiDutiesApply;
}

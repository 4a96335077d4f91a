namespace Regie.Workplace.Screening;

/// <summary>
/// Turns a screening outcome into the duties to track for one system: the AI Act duties of the outcome plus the
/// works council duties of Dutch law, which apply whatever the AI Act class (also to systems that are not AI).
/// Pure and deterministic: the result is ordered by <see cref="DutyKind"/>.
/// </summary>
public static class DutyPlanner
{
    /// <summary>Plans the duties; <paramref name="today"/> only decides whether a future legal date is still ahead.</summary>
    /// <remarks>
    /// A prohibited system gets nothing: it may not be used, so there is no use to prepare. WOR art. 25(1)(k) gives
    /// the works council an advice right on introducing or changing an important technological provision; Regie
    /// treats every registered system as one. WOR art. 27(1)(l) gives it a consent right on provisions suitable for
    /// observing or checking attendance, behaviour or performance, whatever the intent. Both are rights of a works
    /// council: without one there is no one to ask (a personnel representation under art. 35c has no such consent
    /// right unless agreed — [verify] per organisation).
    /// </remarks>
    public static IReadOnlyList<PlannedDuty> Plan(ScreeningOutcome outcome, SystemFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(facts);
        if (outcome.RiskClass == RiskClass.Prohibited)
        {
            return [];
        }

        var kinds = new SortedSet<DutyKind>(outcome.Duties);
        if (facts.HasWorksCouncil)
        {
            kinds.Add(DutyKind.Wor25AdviceRequest);
            if (facts.MonitoringCapable)
            {
                kinds.Add(DutyKind.Wor27ConsentRequest);
            }
        }

        return [.. kinds.Select(k => new PlannedDuty(k, DutyTiming.IsBeforeUse(k), DutyTiming.DueDate(k, today)))];
    }
}

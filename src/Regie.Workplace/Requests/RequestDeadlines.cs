namespace Regie.Workplace.Requests;

/// <summary>The deadlines of a request, set on the day it comes in.</summary>
public sealed record RequestSchedule(DateOnly AcknowledgeBy, DateOnly ReviewStartBy, DateOnly AnswerBy);

/// <summary>
/// SLA deadlines of a request. Which term is law and which is Regie's default:
/// <list type="bullet">
/// <item>Answer: <b>legal</b> — GDPR Art. 12(3): without undue delay and at the latest one month after receipt, extendable
/// by two further months when needed (the requester is told within the first month). The AI Act sets no term for an
/// Art. 86 explanation [verify: check Art. 86 and any implementing act]; Regie applies the same month to every kind.</item>
/// <item>Month arithmetic and weekends: Regulation (EEC, Euratom) No 1182/71 Art. 3(2)(c) — a period in months ends on
/// the same date of the later month, or that month's last day when it has no such date — and Art. 3(4): a period ending
/// on a Saturday or Sunday ends on the next working day [verify: the EDPB access guidelines apply 1182/71 to Art. 12(3);
/// public holidays also move the end but are not in Regie's calendar yet].</item>
/// <item>Acknowledge within 5 working days, start the human review within 10 days, appeal window 1 month after the
/// answer, appeal decided within 1 month: <b>Regie defaults</b>, no statutory source.</item>
/// </list>
/// All dates are days in Europe/Amsterdam (<see cref="OrganisationCalendar"/>).
/// </summary>
public static class RequestDeadlines
{
    /// <summary>Regie default: the requester hears within this many working days that the request arrived.</summary>
    public const int AcknowledgeWorkingDays = 5;

    /// <summary>Regie default: a person starts the review within this many calendar days.</summary>
    public const int ReviewStartDays = 10;

    /// <summary>Legal: GDPR Art. 12(3), one month.</summary>
    public const int AnswerMonths = 1;

    /// <summary>Legal: GDPR Art. 12(3), at most two further months.</summary>
    public const int MaxExtensionMonths = 2;

    /// <summary>Regie default: the requester may appeal within one month of the answer.</summary>
    public const int AppealWindowMonths = 1;

    /// <summary>Regie default: an appeal is decided within one month.</summary>
    public const int AppealDecisionMonths = 1;

    /// <summary>The schedule of a request received on <paramref name="receivedOn"/>.</summary>
    public static RequestSchedule For(DateOnly receivedOn) => new(
        AddWorkingDays(receivedOn, AcknowledgeWorkingDays),
        ToWorkingDay(receivedOn.AddDays(ReviewStartDays)),
        MonthsAfter(receivedOn, AnswerMonths));

    /// <summary>
    /// The same date <paramref name="months"/> later (or that month's last day: 31 January + 1 month = 28 or 29
    /// February), moved to Monday when it falls in a weekend.
    /// </summary>
    public static DateOnly MonthsAfter(DateOnly from, int months) => ToWorkingDay(from.AddMonths(months));

    /// <summary>The day <paramref name="days"/> working days (Monday to Friday) after <paramref name="from"/>.</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>The deadline of the step the request waits for now; null when it waits for nobody (answered or closed).</summary>
    public static DateOnly? CurrentDue(DecisionRequest r) => r.Status switch
    {
        DecisionRequestStatus.Received => Earliest(r.AcknowledgeBy, r.AnswerBy),
        DecisionRequestStatus.Acknowledged => Earliest(r.ReviewStartBy, r.AnswerBy),
        DecisionRequestStatus.InHumanReview => r.AnswerBy,
        DecisionRequestStatus.Appealed => r.AppealDecisionBy,
        _ => null,
    };

    /// <summary>True when the current step's deadline has passed (the deadline day itself is still on time).</summary>
    public static bool IsOverdue(DecisionRequest r, DateOnly today) => CurrentDue(r) is { } due && today > due;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateOnly ToWorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}

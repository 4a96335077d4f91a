namespace Regie.Workplace.Consultation;

/// <summary>
/// The terms of a works-council procedure, in calendar months on the organisation's calendar (Europe/Amsterdam).
/// A month after a day that the next month lacks ends on that month's last day (31 January + 1 month = 28 or 29
/// February). [verify] Whether the Algemene termijnenwet moves a term that ends on a Saturday, Sunday or public
/// holiday to the next working day for these WOR terms; Regie shows the calendar date and does not extend it.
/// </summary>
public static class ConsultationDeadlines
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Today's date in the Netherlands.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).DateTime);
    }

    /// <summary>The same day <paramref name="months"/> calendar months later, clamped to the end of a shorter month.</summary>
    public static DateOnly AddMonths(DateOnly from, int months) => from.AddMonths(months);

    /// <summary>
    /// Last day of the suspension after a decision that deviates from the advice: execution waits one month after
    /// the day of the notice (WOR art. 25(6) [verify paragraph]).
    /// </summary>
    public static DateOnly SuspensionEnd(DateOnly noticeOn) => noticeOn.AddMonths(1);

    /// <summary>Last day on which the council may appeal to the Enterprise Chamber (WOR art. 26(2) [verify paragraph]).</summary>
    public static DateOnly AppealDeadline(DateOnly noticeOn) => noticeOn.AddMonths(1);

    /// <summary>
    /// Last day on which the council may invoke the nullity of a decision taken without consent, counted from the
    /// employer's notice (WOR art. 27(5) [verify paragraph]).
    /// </summary>
    public static DateOnly NullityDeadline(DateOnly noticeOn) => noticeOn.AddMonths(1);

    /// <summary>The day the council's answer is due: the agreed term after sending (no statutory term [verify]).</summary>
    public static DateOnly AnswerDue(DateOnly sentOn, int termMonths) => sentOn.AddMonths(termMonths);
}

using Regie.Workplace.Requests;

namespace Regie.Workplace.Tests.Requests;

public sealed class RequestDeadlinesTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string, string, string> Schedules => new()
    {
        // received (weekday), acknowledge by (5 working days), review starts by (10 days), answer by (1 month)
        { "2026-11-30", "2026-12-07", "2026-12-10", "2026-12-30" }, // Monday: plain case
        { "2026-11-27", "2026-12-04", "2026-12-07", "2026-12-28" }, // Friday: review day and 27 Dec fall on Sundays → Monday
        { "2026-11-28", "2026-12-04", "2026-12-08", "2026-12-28" }, // Saturday: working days start on Monday
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void The_schedule_follows_the_received_day(string received, string acknowledge, string review, string answer)
    {
        var schedule = RequestDeadlines.For(D(received));

        Assert.Equal(new RequestSchedule(D(acknowledge), D(review), D(answer)), schedule);
    }

    public static TheoryData<string, int, string> Months => new()
    {
        { "2026-11-30", 1, "2026-12-30" },
        { "2027-01-31", 1, "2027-03-01" }, // 28 Feb 2027 is a Sunday
        { "2028-01-31", 1, "2028-02-29" }, // leap year, a Tuesday
        { "2026-03-31", 1, "2026-04-30" }, // April has no 31st
        { "2026-12-31", 1, "2027-02-01" }, // 31 Jan 2027 is a Sunday
        { "2027-05-29", 1, "2027-06-29" }, // received on a Saturday; the end day is a Tuesday
        { "2026-11-30", 3, "2027-03-01" }, // extended by two months: 28 Feb 2027 is a Sunday
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void A_period_in_months_ends_on_the_same_date_or_the_months_last_day_and_never_in_a_weekend(
        string from, int months, string expected) =>
        Assert.Equal(D(expected), RequestDeadlines.MonthsAfter(D(from), months));

    public static TheoryData<DecisionRequestStatus, string, bool> Overdue => new()
    {
        { DecisionRequestStatus.Received, "2026-12-07", false }, // the deadline day itself is on time
        { DecisionRequestStatus.Received, "2026-12-08", true },
        { DecisionRequestStatus.Acknowledged, "2026-12-10", false },
        { DecisionRequestStatus.Acknowledged, "2026-12-11", true },
        { DecisionRequestStatus.InHumanReview, "2026-12-30", false },
        { DecisionRequestStatus.InHumanReview, "2026-12-31", true },
        { DecisionRequestStatus.Answered, "2027-06-01", false },
        { DecisionRequestStatus.Appealed, "2027-01-15", false },
        { DecisionRequestStatus.Appealed, "2027-01-16", true },
        { DecisionRequestStatus.Closed, "2027-06-01", false },
    };

    [Theory]
    [MemberData(nameof(Overdue))]
    public void A_request_is_overdue_only_after_the_deadline_of_the_step_it_waits_for(DecisionRequestStatus status, string today, bool overdue)
    {
        var schedule = RequestDeadlines.For(D("2026-11-30"));
        var request = new DecisionRequest
        {
            DecisionReference = "Rooster week 49",
            Question = "Waarom kreeg ik geen diensten?",
            Status = status,
            ReceivedOn = D("2026-11-30"),
            AcknowledgeBy = schedule.AcknowledgeBy,
            ReviewStartBy = schedule.ReviewStartBy,
            AnswerBy = schedule.AnswerBy,
            AppealDecisionBy = status == DecisionRequestStatus.Appealed ? D("2027-01-15") : null,
        };

        Assert.Equal(overdue, RequestDeadlines.IsOverdue(request, D(today)));
    }

    [Theory]
    [InlineData("2026-11-27T23:30:00Z", "2026-11-28")] // winter time, UTC+1
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")] // summer time, UTC+2
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    public void The_received_day_is_the_day_in_Amsterdam(string utc, string day) =>
        Assert.Equal(D(day), OrganisationCalendar.DayOf(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
}

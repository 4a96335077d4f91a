using Microsoft.Extensions.Time.Testing;
using Regie.Workplace.Consultation;

namespace Regie.Workplace.Tests.Consultation;

public sealed class ConsultationDeadlinesTests
{
    public static TheoryData<DateOnly, DateOnly> OneMonthAfter => new()
    {
        { new(2027, 1, 15), new(2027, 2, 15) },
        { new(2027, 1, 31), new(2027, 2, 28) },
        { new(2028, 1, 31), new(2028, 2, 29) },
        { new(2028, 2, 29), new(2028, 3, 29) },
        { new(2100, 1, 31), new(2100, 2, 28) },
        { new(2000, 1, 31), new(2000, 2, 29) },
        { new(2027, 3, 31), new(2027, 4, 30) },
        { new(2027, 12, 31), new(2028, 1, 31) },
        { new(2027, 8, 31), new(2027, 9, 30) },
    };

    [Theory]
    [MemberData(nameof(OneMonthAfter))]
    public void The_standstill_appeal_and_nullity_terms_end_one_calendar_month_after_the_notice(DateOnly notice, DateOnly end)
    {
        var terms = new[]
        {
            ConsultationDeadlines.SuspensionEnd(notice),
            ConsultationDeadlines.AppealDeadline(notice),
            ConsultationDeadlines.NullityDeadline(notice),
        };

        Assert.All(terms, t => Assert.Equal(end, t));
    }

    [Theory]
    [InlineData(2027, 1, 31, 1, 2027, 2, 28)]
    [InlineData(2027, 11, 30, 3, 2028, 2, 29)]
    [InlineData(2027, 5, 31, 6, 2027, 11, 30)]
    [InlineData(2027, 2, 28, 12, 2028, 2, 28)]
    public void The_answer_is_due_the_agreed_number_of_months_after_sending(int y, int m, int d, int months, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), ConsultationDeadlines.AnswerDue(new DateOnly(y, m, d), months));

    [Theory]
    [InlineData("2027-01-31T22:59:00Z", 2027, 1, 31)]
    [InlineData("2027-01-31T23:00:00Z", 2027, 2, 1)]
    [InlineData("2027-07-31T21:59:00Z", 2027, 7, 31)]
    [InlineData("2027-07-31T22:00:00Z", 2027, 8, 1)]
    [InlineData("2027-03-28T00:30:00Z", 2027, 3, 28)]
    public void Today_is_the_date_in_Amsterdam_in_winter_and_summer_time(string utc, int y, int m, int d)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        var today = ConsultationDeadlines.Today(time);

        Assert.Equal(new DateOnly(y, m, d), today);
    }

    [Fact]
    public void A_notice_late_on_31_January_UTC_is_1_February_in_Amsterdam_so_the_standstill_ends_on_1_March()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 31, 23, 30, 0, TimeSpan.Zero));

        var end = ConsultationDeadlines.SuspensionEnd(ConsultationDeadlines.Today(time));

        Assert.Equal(new DateOnly(2027, 3, 1), end);
    }
}

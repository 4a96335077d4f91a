using Regie.Workplace.Literacy;

namespace Regie.Workplace.Tests.Literacy;

public sealed class LiteracyValidityTests
{
    public static TheoryData<string, string> Expiries => new()
    {
        // Taken at (UTC) → first day (Amsterdam) it is no longer current.
        { "2026-03-15T10:00:00Z", "2027-03-15" },
        { "2026-01-31T12:00:00Z", "2027-01-31" },
        { "2028-02-29T12:00:00Z", "2029-02-28" }, // leap day: the month's last day
        { "2026-06-30T22:30:00Z", "2027-07-01" }, // 00:30 on 1 July in Amsterdam (summer time)
        { "2026-12-31T23:30:00Z", "2028-01-01" }, // 00:30 on 1 January in Amsterdam (winter time)
    };

    [Theory]
    [MemberData(nameof(Expiries))]
    public void A_self_assessment_expires_twelve_calendar_months_after_the_Amsterdam_day_it_was_taken(string takenAt, string expires) =>
        Assert.Equal(DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture),
            LiteracyValidity.ExpiresOn(DateTimeOffset.Parse(takenAt, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void It_is_current_up_to_the_day_before_it_expires()
    {
        var taken = new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

        Assert.True(LiteracyValidity.IsCurrent(taken, new DateTimeOffset(2027, 3, 14, 22, 59, 0, TimeSpan.Zero))); // 23:59 on 14 March in Amsterdam
        Assert.False(LiteracyValidity.IsCurrent(taken, new DateTimeOffset(2027, 3, 14, 23, 0, 0, TimeSpan.Zero))); // 00:00 on 15 March
    }
}

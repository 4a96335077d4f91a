using Regie.Workplace.Oversight;

namespace Regie.Workplace.Tests.Oversight;

public sealed class OversightDashboardWeekTests
{
    public static TheoryData<string, string> Instants => new()
    {
        { "2026-11-23T00:00:00+01:00", "2026-11-23" }, // Monday midnight in Amsterdam
        { "2026-11-22T23:30:00Z", "2026-11-23" },      // Sunday 23:30 UTC is Monday 00:30 in Amsterdam
        { "2026-11-29T22:59:00Z", "2026-11-23" },      // Sunday 23:59 in Amsterdam
        { "2026-03-29T01:30:00Z", "2026-03-23" },      // Sunday of the switch to summer time
        { "2024-02-29T12:00:00Z", "2024-02-26" },      // leap day
        { "2027-01-01T12:00:00Z", "2026-12-28" },      // the week crosses the year
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void A_week_starts_on_monday_in_amsterdam_time(string at, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            OversightDashboard.WeekStart(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
}

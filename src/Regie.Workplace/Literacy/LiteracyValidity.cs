namespace Regie.Workplace.Literacy;

/// <summary>
/// How long a self-assessment counts as current: <see cref="Months"/> calendar months from the day it was taken, in the
/// organisation's time zone (Europe/Amsterdam). Taken on 15 March 2026 it expires on 15 March 2027; taken on 29 February
/// 2028 it expires on 28 February 2029 (AddMonths keeps to the month's last day). After that the member is "without a
/// current self-assessment" (the oversight flag).
/// </summary>
public static class LiteracyValidity
{
    /// <summary>A self-assessment is current for twelve calendar months, so it is renewed once a year.</summary>
    public const int Months = 12;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The calendar day in Amsterdam of an instant.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The first day on which a self-assessment taken at <paramref name="takenAt"/> is no longer current.</summary>
    public static DateOnly ExpiresOn(DateTimeOffset takenAt) => Day(takenAt).AddMonths(Months);

    public static bool IsCurrent(DateTimeOffset takenAt, DateTimeOffset now) => Day(now) < ExpiresOn(takenAt);
}

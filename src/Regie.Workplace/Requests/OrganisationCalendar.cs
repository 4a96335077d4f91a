namespace Regie.Workplace.Requests;

/// <summary>Dates as the organisation reads them: deadlines and received days are days in Europe/Amsterdam.</summary>
public static class OrganisationCalendar
{
    /// <summary>The organisation's time zone (all organisations are Dutch for now).</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The day in Amsterdam at <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>Today in Amsterdam.</summary>
    public static DateOnly Today(this TimeProvider time) => DayOf(time.GetUtcNow());
}

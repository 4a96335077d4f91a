using System.Globalization;
using Microsoft.AspNetCore.Http;
using Regie.Workplace.Literacy;

namespace Regie.Web.Components.Pages.Workplace.Literacy;

/// <summary>The training form as typed, so a failed post shows it again; <see cref="ToRequest"/> reads it for the use case.</summary>
public sealed record TrainingInput(
    string? Member, string? Course, string? Provider, string? Hours, IReadOnlyList<string> Codes, string? CompletedOn, string? ExpiresOn, string? Evidence)
{
    public static TrainingInput Empty { get; } = new(null, null, null, null, [], null, null, null);

    public static TrainingInput Read(IFormCollection form) => new(
        form["Member"], form["Course"], form["Provider"], form["Hours"], [.. form["Codes"].OfType<string>()],
        form["CompletedOn"], form["ExpiresOn"], form["Evidence"]);

    /// <summary>
    /// The request; <paramref name="unreadable"/> names a field whose text is not a number or date (the use case checks the rest).
    /// Hours accept a comma or a point.
    /// </summary>
    public TrainingRequest? ToRequest(out string? unreadable)
    {
        unreadable = null;
        var hours = 0.0;
        if (!string.IsNullOrWhiteSpace(Hours) && !double.TryParse(Hours.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out hours))
        {
            unreadable = "Hours";
            return null;
        }

        if (!Day(CompletedOn, out var completed))
        {
            unreadable = "CompletedOn";
            return null;
        }

        if (!Day(ExpiresOn, out var expires))
        {
            unreadable = "ExpiresOn";
            return null;
        }

        return new TrainingRequest(Course, Provider, hours, string.Join(',', Codes), completed, Evidence, expires);
    }

    private static bool Day(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}

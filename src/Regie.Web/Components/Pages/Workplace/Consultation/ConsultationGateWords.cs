using System.Globalization;
using System.Resources;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Web.Localization;
using Regie.Workplace.Consultation;
using Regie.Workplace.Register;

namespace Regie.Web.Components.Pages.Workplace.Consultation;

/// <summary>The consultation and worker-notice gate items in words, for the AI system page's lifecycle messages.</summary>
internal static class ConsultationGateWords
{
    private static readonly ResourceManager Texts = new(typeof(ConsultationUi));

    /// <summary>The message of one of the consultation gates' items, or null for another gate's item.</summary>
    public static string? Describe(GateIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (Texts.GetString("Gate_" + issue.Code, CultureInfo.CurrentUICulture) is not { } format)
        {
            return null;
        }

        var subject = issue.Code switch
        {
            "procedure-open" when Enum.TryParse<ConsultationKind>(issue.Subject, out var kind)
                => Texts.GetString("Kind_" + kind, CultureInfo.CurrentUICulture),
            "standstill" when DateOnly.TryParseExact(issue.Subject, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                => RegisterWords.Date(end),
            _ => issue.Subject,
        };
        return string.Format(CultureInfo.CurrentCulture, format, subject);
    }
}

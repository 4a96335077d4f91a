using Microsoft.Extensions.Localization;
using Regie.Web.Localization;
using Regie.Workplace.JobProfiles;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>Where a task text came from, as the pages say it, and the language it is written in.</summary>
internal static class TaskOrigins
{
    /// <summary>"ILO", "ESCO", "ILO, adapted", "ESCO, adapted" or "own task".</summary>
    public static string Describe(IStringLocalizer<WorkplaceUi> text, TaskOrigin origin, string? sourceRef) => origin switch
    {
        TaskOrigin.Ilo => text["Origin_Ilo"],
        TaskOrigin.Esco => text["Origin_Esco"],
        _ when sourceRef is null => text["Origin_Own"],
        // ILO task references read "ilo-2025:2512:3" (source, unit group, task number); ESCO ones are ESCO URIs.
        _ when sourceRef.StartsWith("ilo", StringComparison.OrdinalIgnoreCase) => text["Origin_IloAdapted"],
        _ => text["Origin_EscoAdapted"],
    };

    /// <summary>
    /// The lang attribute for occupation titles and labels from the shipped catalogue, which are the Dutch ones (CBS
    /// unit group titles, ESCO nl labels): "nl" in the English interface (WCAG 3.1.2).
    /// </summary>
    public static string? CatalogueLang => UiCultures.IsEnglish ? "nl" : null;

    /// <summary>
    /// The lang attribute for a task text that is not in the interface's language (WCAG 3.1.2): the ILO publishes
    /// its task texts in English only, ESCO descriptions are the Dutch ones. Texts the organisation wrote: unknown.
    /// </summary>
    public static string? Lang(TaskOrigin origin) => origin switch
    {
        TaskOrigin.Ilo when !UiCultures.IsEnglish => "en",
        TaskOrigin.Esco when UiCultures.IsEnglish => "nl",
        _ => null,
    };
}

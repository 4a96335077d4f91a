using System.Globalization;
using Microsoft.Extensions.Localization;
using Regie.Web.Localization;
using Regie.Workplace.Literacy;
using Regie.Workplace.People;

namespace Regie.Web.Components.Pages.Workplace.Literacy;

/// <summary>The words the literacy pages share: levels, competences, codes and statements in the reader's language.</summary>
internal static class LiteracyWords
{
    public static string Level(this IStringLocalizer<LiteracyUi> l, LiteracyLevel level) => l["Level_" + level];

    public static string Competence(this IStringLocalizer<LiteracyUi> l, Competence competence) => l["Competence_" + competence];

    /// <summary>What a code means, in the reader's language.</summary>
    public static string CodeText(CompetenceCode code)
    {
        var (nl, en) = LiteracyInstrument.Shipped.CodeTexts[code];
        return UiCultures.IsEnglish ? en : nl;
    }

    public static string StatementText(LiteracyStatement s) => UiCultures.IsEnglish ? s.English : s.Dutch;

    public static string RoleName(Role role) => RoleNames.Of(role, UiCultures.IsEnglish ? "en" : "nl");

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => Date(LiteracyValidity.Day(at));

    public static string Count(int? count, IStringLocalizer<LiteracyUi> l) => count?.ToString(CultureInfo.CurrentCulture) ?? l["Suppressed"];

    /// <summary>Reads a level from a form value; null when it is not one of the four.</summary>
    public static LiteracyLevel? ParseLevel(string? text) =>
        Enum.TryParse<LiteracyLevel>(text, out var level) && level is >= LiteracyLevel.Bewust and <= LiteracyLevel.Expert ? level : null;
}

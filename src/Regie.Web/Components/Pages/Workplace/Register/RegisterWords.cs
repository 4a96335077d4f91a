using System.Globalization;
using Microsoft.Extensions.Localization;
using Regie.Web.Localization;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>
/// Names of the register's values in the reader's language: lifecycle steps, decision types and rights from
/// RegisterUi.resx; classes, reasons, duties and questions from <see cref="ScreeningTexts"/>; roles from
/// <see cref="RoleNames"/>.
/// </summary>
internal static class RegisterWords
{
    /// <summary>"nl" or "en", the language codes of <see cref="ScreeningTexts"/> and <see cref="RoleNames"/>.</summary>
    public static string Language => UiCultures.IsEnglish ? "en" : "nl";

    public static string Status(this IStringLocalizer<RegisterUi> r, AiSystemStatus status) => r["Status_" + status];

    public static string Decision(this IStringLocalizer<RegisterUi> r, DecisionTypes type) => r["Decision_" + type];

    /// <summary>The single decision types in a flags value, in declaration order.</summary>
    public static IReadOnlyList<DecisionTypes> Split(this DecisionTypes types) =>
        [.. Enum.GetValues<DecisionTypes>().Where(t => t != DecisionTypes.None && types.HasFlag(t))];

    public static ScreeningText Text(this RiskClass value) => ScreeningTexts.For(value, Language);

    public static ScreeningText Text(this ScreeningReason value) => ScreeningTexts.For(value, Language);

    public static ScreeningText Text(this DutyKind value) => ScreeningTexts.For(value, Language);

    public static ScreeningText Text(this OperatorRole value) => ScreeningTexts.For(value, Language);

    public static ScreeningText Text(this Art63Exception value) => ScreeningTexts.For(value, Language);

    public static QuestionText Question(string property) => ScreeningTexts.Question(property, Language);

    public static string Name(this Role role) => RoleNames.Of(role, Language);

    /// <summary>Each role of a flags value by name, separated by commas.</summary>
    public static string Names(this Role roles) => string.Join(", ", roles.Split().Select(Name));

    /// <summary>A calendar date as people write it ("2 december 2027").</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment in UTC, said so, since the server does not know the reader's time zone.</summary>
    public static string Moment(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture) + " UTC";
}

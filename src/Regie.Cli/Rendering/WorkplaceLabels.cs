using System.Globalization;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Cli.Rendering;

/// <summary>Workplace values as people read them, in the chosen language.</summary>
internal static class WorkplaceLabels
{
    public static string Status(this Texts texts, AiSystemStatus status) => texts["Status." + status];

    public static string RiskClass(this Texts texts, RiskClass? riskClass) =>
        riskClass is { } c ? ScreeningTexts.For(c, texts.Language).Title : texts["Org.NotScreened"];

    public static string Roles(this Texts texts, Role roles) => RoleOption.Describe(roles, texts.Language);

    public static string Size(SizeClass size) => SizeOption.Name(size);

    /// <summary>A headcount band in the same notation as the size classes (1-9, 10-49, …).</summary>
    public static string Headcount(HeadcountBand band) => SizeOption.Name((SizeClass)(int)band);

    public static string Contracts(this Texts texts, ContractTypes types) =>
        string.Join(", ", Enum.GetValues<ContractTypes>().Where(t => t != ContractTypes.None && types.HasFlag(t)).Select(t => texts["Contract." + t]));

    public static string YesNo(this Texts texts, bool value) => texts[value ? "Common.Yes" : "Common.No"];

    /// <summary>A moment in UTC, to the minute: 2026-11-27 09:00 UTC (the same in both languages, so it sorts).</summary>
    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

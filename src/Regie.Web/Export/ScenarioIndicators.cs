using Regie.Monitor.Scenarios.Engine;

namespace Regie.Web.Export;

/// <summary>The indicators of a year by their JSON names, in the order of <see cref="Indicators"/>; null where one cannot be computed (S80/S20 without income in the bottom quintile).</summary>
internal static class ScenarioIndicators
{
    public static IReadOnlyList<(string Name, Func<Indicators, double?> Value)> All { get; } =
    [
        ("employeesInWork", i => i.EmployeesInWork),
        ("selfEmployed", i => i.SelfEmployed),
        ("displacedWithoutWork", i => i.DisplacedWithoutWork),
        ("onReducedHours", i => i.OnReducedHours),
        ("wwRecipients", i => i.WwRecipients),
        ("wwSpending", i => i.WwSpending),
        ("twRecipients", i => i.TwRecipients),
        ("twSpending", i => i.TwSpending),
        ("bijstandHouseholds", i => i.BijstandHouseholds),
        ("bijstandSpending", i => i.BijstandSpending),
        ("incomeTax", i => i.IncomeTax),
        ("grossWages", i => i.GrossWages),
        ("meanIncome", i => i.MeanIncome),
        ("medianIncome", i => i.MedianIncome),
        ("gini", i => i.Gini),
        ("s80S20", i => i.S80S20),
        ("povertyRate", i => i.PovertyRate),
        ("povertyRateAnchored", i => i.PovertyRateAnchored),
        ("povertyLine", i => i.PovertyLine),
    ];
}

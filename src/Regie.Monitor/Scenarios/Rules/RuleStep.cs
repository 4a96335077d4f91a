using System.Globalization;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// One step in the chain of rules that produced an amount, for the household explanation ("why").
/// Money is in euros (two decimals) in <see cref="Value"/> and <see cref="Formula"/>, so a trace reads like the law.
/// </summary>
/// <param name="Rule">Stable id of the rule, e.g. "ww.duration".</param>
/// <param name="Formula">Short English text with the numbers filled in.</param>
/// <param name="Value">The result of the step.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>: "EUR/month", "EUR/day", "EUR/year", "EUR", "months", "hours", "yes/no".</param>
/// <param name="LegalReference">Legal basis, e.g. "art. 47 WW".</param>
/// <param name="Status">Weakest status of the values and modelling choices the step used.</param>
public sealed record RuleStep(string Rule, string Formula, decimal Value, string Unit, string LegalReference, ValueStatus Status)
{
    /// <summary>A step whose value is an amount in cents (shown in euros).</summary>
    internal static RuleStep Money(string rule, string formula, long cents, string unit, string reference, ValueStatus status) =>
        new(rule, formula, cents / 100m, unit, reference, status);

    /// <summary>A yes/no step (1 or 0).</summary>
    internal static RuleStep Test(string rule, string formula, bool passed, string reference, ValueStatus status) =>
        new(rule, formula, passed ? 1 : 0, "yes/no", reference, status);
}

/// <summary>Number formats for formulas (invariant culture).</summary>
internal static class Fmt
{
    /// <summary>Eurocents as euros: 474155 → "4741.55".</summary>
    public static string Eur(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A number as stored: 0.70 → "0.70".</summary>
    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>State pension (AOW): amounts and the AOW age.</summary>
public static class AowRules
{
    /// <summary>
    /// Gross monthly AOW with full build-up, EXCLUDING holiday allowance: the single amount, or the amount per
    /// person of a couple.
    /// </summary>
    public static long MonthlyCents(bool couple, LawSnapshot law) => (couple ? law.Aow.Couple : law.Aow.Single).Whole;

    /// <summary>
    /// True when <paramref name="age"/> (whole years on the law date) is at or above the AOW age. Ages are whole
    /// years, so someone within the months part of an AOW age such as 67 years and 3 months counts as below it.
    /// </summary>
    public static bool IsAowAge(int age, LawSnapshot law) => (long)age * 12 >= law.Aow.AgeMonths.Whole;
}

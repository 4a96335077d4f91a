namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Statutory minimum wage (WML): hourly rates by age and the published monthly reference.</summary>
public static class MinimumWageRules
{
    private const int YouthFrom = 15;
    private const int BblFrom = 18;
    private const int AdultFrom = 21;

    /// <summary>Hourly minimum wage at an age: the 21+ rate, or a youth share of it (15-20), rounded to cents.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 15 there is no statutory minimum wage.</exception>
    public static long HourlyCents(int age, LawSnapshot law)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, YouthFrom);
        var wml = law.Wml;
        return age >= AdultFrom ? wml.Hourly21.Whole : Share(wml.YouthShares, age - YouthFrom, wml.Hourly21.Whole);
    }

    /// <summary>Hourly minimum wage of a bbl apprentice aged 18-20 (the regular rate from 21).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 18 (the bbl scale starts at 18).</exception>
    public static long BblHourlyCents(int age, LawSnapshot law)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, BblFrom);
        var wml = law.Wml;
        return age >= AdultFrom ? wml.Hourly21.Whole : Share(wml.BblShares, age - BblFrom, wml.Hourly21.Whole);
    }

    /// <summary>The published gross monthly minimum wage for a 36-hour week.</summary>
    public static long MonthlyReferenceCents(LawSnapshot law) => law.Wml.MonthlyReference.Whole;

    /// <summary>The step explaining <see cref="HourlyCents"/>.</summary>
    public static RuleStep HourlyStep(int age, LawSnapshot law)
    {
        var wml = law.Wml;
        var cents = HourlyCents(age, law);
        var formula = age >= AdultFrom
            ? $"aged {age}: {Fmt.Eur(cents)}"
            : $"aged {age}: {Fmt.Num(wml.YouthShares.Items[age - YouthFrom])} × {Fmt.Eur(wml.Hourly21.Whole)} = {Fmt.Eur(cents)}";
        return RuleStep.Money("wml.hourly", formula, cents, "EUR/hour", wml.Hourly21.Reference,
            ValueStatuses.Weakest(wml.Hourly21.Status, age >= AdultFrom ? ValueStatus.Primary : wml.YouthShares.Status));
    }

    private static long Share(LawValue shares, int index, long adultCents)
    {
        var items = shares.Items;
        return index < items.Count
            ? Rounding.Cents(items[index] * adultCents)
            : throw new InvalidOperationException($"{shares.Id} has {items.Count} shares; the age needs share number {index + 1}.");
    }
}

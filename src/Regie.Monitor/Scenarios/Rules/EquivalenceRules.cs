namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// CBS equivalence factors (from reporting year 2018) for standardised household income. The CBS table gives one
/// and two adults with 0-4 minor children. Beyond the table Regie extrapolates linearly [est]: each child beyond
/// the last column adds the step between the last two columns; each adult beyond two adds the step from one to
/// two adults (at the same number of children).
/// </summary>
public static class EquivalenceRules
{
    /// <summary>The factor of a household.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No adult, or a negative number of children.</exception>
    public static decimal Factor(int adults, int children, LawSnapshot law) =>
        Factor(law.Equivalence.OneAdult.Items, law.Equivalence.TwoAdults.Items, adults, children);

    /// <summary>The step explaining <see cref="Factor(int, int, LawSnapshot)"/>.</summary>
    public static RuleStep Step(int adults, int children, LawSnapshot law)
    {
        var e = law.Equivalence;
        var factor = Factor(adults, children, law);
        var inTable = adults <= 2 && children < Math.Min(e.OneAdult.Items.Count, e.TwoAdults.Items.Count);
        return new RuleStep("cbs.equivalence_factor",
            $"{adults} adult(s), {children} child(ren): {Fmt.Num(factor)}{(inTable ? "" : " (extrapolated)")}",
            factor, "factor", e.OneAdult.Reference,
            ValueStatuses.Weakest(inTable ? ValueStatus.Primary : ValueStatus.Est, e.OneAdult.Status, e.TwoAdults.Status));
    }

    internal static decimal Factor(IReadOnlyList<decimal> one, IReadOnlyList<decimal> two, int adults, int children)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(adults, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(children);
        var single = ByChildren(one, children);
        if (adults == 1)
        {
            return single;
        }

        var pair = ByChildren(two, children);
        return pair + ((adults - 2) * (pair - single));
    }

    private static decimal ByChildren(IReadOnlyList<decimal> row, int children)
    {
        var last = row.Count - 1;
        if (children > last && last < 1)
        {
            throw new InvalidOperationException("An equivalence row needs at least two factors to extrapolate to more children.");
        }

        return children <= last ? row[children] : row[last] + ((children - last) * (row[last] - row[last - 1]));
    }
}

namespace Regie.Monitor.Scenarios.Population;

/// <summary>Private households of the four CBS 86161NED types in one province (thousands are converted to households).</summary>
/// <param name="Province">The province.</param>
/// <param name="Code">CBS region code (PV20 … PV31).</param>
/// <param name="OnePerson">One-person households.</param>
/// <param name="SingleParent">Single-parent households.</param>
/// <param name="CoupleWithoutChildren">Couples without children.</param>
/// <param name="CoupleWithChildren">Couples with children.</param>
public sealed record ProvinceHouseholds(
    Province Province,
    string Code,
    Figure OnePerson,
    Figure SingleParent,
    Figure CoupleWithoutChildren,
    Figure CoupleWithChildren)
{
    /// <summary>The figure for a household type; "other" households have no figure of their own (null).</summary>
    public Figure? Of(HouseholdType type) => type switch
    {
        HouseholdType.OnePerson => OnePerson,
        HouseholdType.SingleParent => SingleParent,
        HouseholdType.CoupleWithoutChildren => CoupleWithoutChildren,
        HouseholdType.CoupleWithChildren => CoupleWithChildren,
        _ => null,
    };

    /// <summary>All four types together.</summary>
    public double Total => OnePerson.Value + SingleParent.Value + CoupleWithoutChildren.Value + CoupleWithChildren.Value;
}

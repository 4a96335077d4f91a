namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>A kind of household the synthesis makes: type, children at home, an extra ("other") member, expected count.</summary>
internal sealed record HouseholdTemplate(HouseholdType Type, int Children, bool ExtraMember, double Expected)
{
    public int Adults => Type is HouseholdType.CoupleWithoutChildren or HouseholdType.CoupleWithChildren or HouseholdType.Other ? 2 : 1;

    public int Size => Adults + Children + (ExtraMember ? 1 : 0);
}

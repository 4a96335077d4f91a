namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Household composition: persons by position in the household (CBS 37620), households with children by number
/// of children (71487ned), households by size (70133ned) and the income statistics' household count (83932NED).
/// </summary>
/// <param name="PersonsInPrivateHouseholds">Persons in private households (37620).</param>
/// <param name="SinglePersons">Persons living alone = one-person households (37620).</param>
/// <param name="PartnersWithoutChildren">Partners in couples without children at home, married or not (37620).</param>
/// <param name="PartnersWithChildren">Partners in couples with children at home, married or not (37620).</param>
/// <param name="SingleParents">Parents in single-parent households (37620).</param>
/// <param name="ChildrenAtHome">Children living at home, of any age (37620).</param>
/// <param name="OtherMembers">Other members of private households (37620).</param>
/// <param name="CouplesByChildren">Couples with 1, 2 and 3 or more children at home (71487ned).</param>
/// <param name="SingleParentsByChildren">Single-parent households with 1, 2 and 3 or more children (71487ned).</param>
/// <param name="BySize">Private households of 1, 2, 3, 4 and 5 or more persons (70133ned).</param>
/// <param name="IncomeStatisticsHouseholds">Private households in the income statistics (83932NED).</param>
/// <param name="PersonsPerHousehold">Mean persons per household in the income statistics (83932NED, one decimal).</param>
public sealed record HouseholdTargets(
    Figure PersonsInPrivateHouseholds,
    Figure SinglePersons,
    Figure PartnersWithoutChildren,
    Figure PartnersWithChildren,
    Figure SingleParents,
    Figure ChildrenAtHome,
    Figure OtherMembers,
    IReadOnlyList<Figure> CouplesByChildren,
    IReadOnlyList<Figure> SingleParentsByChildren,
    IReadOnlyList<Figure> BySize,
    Figure IncomeStatisticsHouseholds,
    Figure PersonsPerHousehold);

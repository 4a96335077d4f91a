namespace Regie.Monitor.Scenarios.Population;

public static partial class PopulationAssumptions
{
    /// <summary>Share of 37620's "other members" who form other multi-person households (of two persons).</summary>
    internal const double OtherMembersInOwnHouseholds = 0.40;

    /// <summary>Largest number of children at home a synthetic household has.</summary>
    internal const int MaxChildren = 8;

    /// <summary>Men among children, singles below / at AOW age, single parents, other members.</summary>
    internal const double MaleChildren = 0.512;
    internal const double MaleSinglesBelowAow = 0.55;
    internal const double MaleSinglesAtAow = 0.30;
    internal const double MaleSingleParents = 0.17;
    internal const double MaleOtherMembers = 0.50;

    private static IEnumerable<PopulationAssumption> HouseholdAssumptions()
    {
        yield return new(
            "household.other-multi-person",
            "Of the persons CBS 37620 counts as 'other members' of a household, this share lives in other multi-person households of two (friends, siblings); each of the others lives as one extra member in a family household (a couple or a single parent), chosen at random.",
            Pct(OtherMembersInOwnHouseholds),
            "37620 counts the persons, not the households they form; the split decides how many 'other' households there are (about 57 thousand).",
            "CBS 37975 / 71486ned: number of other multi-person households and their size.",
            AssumptionStatus.Estimate);
        yield return new(
            "household.composition-years",
            "Household types are counted from persons by position on 1 January 2024 (37620): one-person households = single persons, couples = partners / 2. The 2023 split of households with children by number of children (71487ned) is applied as shares; the 2022 sizes (70133ned) are a check only.",
            "2024 counts, 2023 shares",
            "The three CBS tables on disk describe different years; 37620 is the latest and adds up to all persons in private households.",
            "71487ned and 70133ned for 2024.",
            AssumptionStatus.Method);
        yield return new(
            "household.three-or-more-children",
            $"A household with 3 or more children has 3 + j children, j geometric, with the mean solved so that children at home add up to 37620; at most {MaxChildren} children.",
            "mean solved from the data (about 3.26)",
            "71487ned gives '3 or more' only; the total of children at home (37620) fixes the mean.",
            "71487ned with 3, 4, 5+ children.",
            AssumptionStatus.Method);
        yield return new(
            "sex.by-position",
            "Couples are one man and one woman (same-sex couples are not modelled); the head is a man or a woman with equal chance. Share of men among children, singles below AOW age, singles at AOW age, single parents and other members.",
            $"{Pct(MaleChildren)}, {Pct(MaleSinglesBelowAow)}, {Pct(MaleSinglesAtAow)}, {Pct(MaleSingleParents)}, {Pct(MaleOtherMembers)}",
            "No sex breakdown of positions is on disk; the values follow the sex ratio at birth and the known surplus of women among older singles and single parents.",
            "CBS 37620 by sex and position.",
            AssumptionStatus.Estimate);
    }
}

using System.Runtime.CompilerServices;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>What the rules need to know about a household's make-up (fixed over the horizon: the population does not age).</summary>
internal readonly record struct HouseholdFacts(
    bool Couple,
    bool SingleParent,
    bool HasChildren,
    int HeadAge,
    int PartnerAge,
    int CostSharers,
    int Adults,
    int Children,
    bool BaselineBijstand)
{
    /// <summary>Age from which a member counts as a cost-sharer for the kostendelersnorm (art. 22a PW).</summary>
    public const int CostSharerAge = 21;

    /// <summary>Below this age a child living at home counts as a child for the CBS equivalence scale.</summary>
    public const int AdultAge = 18;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HouseholdFacts Of(SyntheticPopulation pop, int household)
    {
        var (first, end) = (pop.FirstPerson[household], pop.FirstPerson[household + 1]);
        bool couple = false, bijstand = false;
        int partnerAge = 0, sharers = 0, children = 0;
        for (var p = first; p < end; p++)
        {
            if (pop.Role[p] == HouseholdRole.Partner)
            {
                couple = true;
                partnerAge = pop.Age[p];
            }

            if (pop.Age[p] >= CostSharerAge)
                sharers++;
            if (pop.Role[p] == HouseholdRole.Child && pop.Age[p] < AdultAge)
                children++;
            bijstand |= pop.Status[p] == LabourStatus.Bijstand;
        }

        var size = end - first;
        return new HouseholdFacts(
            couple,
            !couple && children > 0,
            children > 0,
            pop.Age[first],
            partnerAge,
            Math.Max(couple ? 2 : 1, sharers),
            size - children,
            children,
            bijstand);
    }
}

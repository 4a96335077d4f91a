namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// The household templates and their expected national counts, derived from 37620 (persons by position, 2024),
/// 71487ned (children per household, 2023, as shares) and the assumptions on other members and large families.
/// </summary>
internal sealed class HouseholdPlan
{
    private HouseholdPlan(IReadOnlyList<HouseholdTemplate> templates, double meanChildrenOfLargeFamilies)
    {
        Templates = templates;
        MeanChildrenOfLargeFamilies = meanChildrenOfLargeFamilies;
        Households = templates.Sum(t => t.Expected);
        Persons = templates.Sum(t => t.Expected * t.Size);
    }

    public IReadOnlyList<HouseholdTemplate> Templates { get; }

    /// <summary>Expected households in the whole country (the default number of records).</summary>
    public double Households { get; }

    /// <summary>Expected persons in the whole country.</summary>
    public double Persons { get; }

    /// <summary>Solved mean number of children in households with 3 or more (assumption household.three-or-more-children).</summary>
    public double MeanChildrenOfLargeFamilies { get; }

    public static HouseholdPlan From(HouseholdTargets h)
    {
        var couplesWithout = h.PartnersWithoutChildren.Value / 2;
        var couplesWith = h.PartnersWithChildren.Value / 2;
        var singleParents = h.SingleParents.Value;
        var otherHouseholds = h.OtherMembers.Value * PopulationAssumptions.OtherMembersInOwnHouseholds / 2;
        var extraMembers = h.OtherMembers.Value * (1 - PopulationAssumptions.OtherMembersInOwnHouseholds);
        var families = couplesWithout + couplesWith + singleParents;
        var extraShare = Math.Clamp(extraMembers / families, 0, 1);

        var coupleShares = Shares(h.CouplesByChildren);
        var parentShares = Shares(h.SingleParentsByChildren);
        var smallFamilyChildren = couplesWith * (coupleShares[0] + 2 * coupleShares[1]) + singleParents * (parentShares[0] + 2 * parentShares[1]);
        var largeFamilies = couplesWith * coupleShares[2] + singleParents * parentShares[2];
        var mean = largeFamilies > 0 ? Math.Max(3, (h.ChildrenAtHome.Value - smallFamilyChildren) / largeFamilies) : 3;
        var large = LargeFamilySizes(mean);

        var templates = new List<HouseholdTemplate>
        {
            new(HouseholdType.OnePerson, 0, false, h.SinglePersons.Value),
            new(HouseholdType.Other, 0, false, otherHouseholds),
        };
        AddFamily(templates, HouseholdType.CoupleWithoutChildren, 0, couplesWithout, extraShare);
        foreach (var (type, count, shares) in new[] { (HouseholdType.CoupleWithChildren, couplesWith, coupleShares), (HouseholdType.SingleParent, singleParents, parentShares) })
        {
            AddFamily(templates, type, 1, count * shares[0], extraShare);
            AddFamily(templates, type, 2, count * shares[1], extraShare);
            for (var k = 0; k < large.Length; k++)
            {
                AddFamily(templates, type, 3 + k, count * shares[2] * large[k], extraShare);
            }
        }

        return new HouseholdPlan(templates, mean);
    }

    private static void AddFamily(List<HouseholdTemplate> templates, HouseholdType type, int children, double count, double extraShare)
    {
        templates.Add(new(type, children, false, count * (1 - extraShare)));
        templates.Add(new(type, children, true, count * extraShare));
    }

    private static double[] Shares(IReadOnlyList<Figure> figures)
    {
        var total = figures.Sum(f => f.Value);
        return total > 0 ? [.. figures.Select(f => f.Value / total)] : [1, 0, 0];
    }

    /// <summary>
    /// P(3 + j children | 3 or more), j = 0 … max − 3: geometric, truncated at the largest family, with its ratio
    /// solved (bisection) so that the mean is <paramref name="mean"/> (capped at what the largest family allows).
    /// </summary>
    internal static double[] LargeFamilySizes(double mean)
    {
        var shares = new double[PopulationAssumptions.MaxChildren - 2];
        double low = 0, high = 1;
        for (var i = 0; i < 60; i++)
        {
            var ratio = (low + high) / 2;
            if (Fill(shares, ratio) < mean)
            {
                low = ratio;
            }
            else
            {
                high = ratio;
            }
        }

        Fill(shares, mean <= 3 ? 0 : low);
        return shares;
    }

    /// <summary>Truncated geometric shares with this ratio; returns their mean number of children.</summary>
    private static double Fill(double[] shares, double ratio)
    {
        var p = 1.0;
        var sum = 0.0;
        for (var j = 0; j < shares.Length; j++)
        {
            shares[j] = p;
            sum += p;
            p *= ratio;
        }

        var mean = 0.0;
        for (var j = 0; j < shares.Length; j++)
        {
            shares[j] /= sum;
            mean += shares[j] * (3 + j);
        }

        return mean;
    }
}

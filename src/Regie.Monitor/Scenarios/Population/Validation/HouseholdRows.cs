using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>Households by type, by number of children and by size; persons by position; the income statistics' counts.</summary>
internal static class HouseholdRows
{
    public static void Add(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var h = targets.Households;
        var plan = HouseholdPlan.From(h);
        var byType = new double[5];
        var couplesByChildren = new double[3];
        var parentsByChildren = new double[3];
        var bySize = new double[5];
        var positions = new double[5]; // single, partner, single parent, child, other
        var totalHouseholds = 0.0;
        var totalPersons = 0.0;
        for (var hh = 0; hh < pop.HouseholdCount; hh++)
        {
            var w = pop.Weight[hh];
            var size = pop.FirstPerson[hh + 1] - pop.FirstPerson[hh];
            var children = 0;
            for (var p = pop.FirstPerson[hh]; p < pop.FirstPerson[hh + 1]; p++)
            {
                children += pop.Role[p] == HouseholdRole.Child ? 1 : 0;
                positions[Position(pop, p)] += w;
            }

            totalHouseholds += w;
            totalPersons += w * size;
            byType[(int)pop.Type[hh]] += w;
            bySize[Math.Min(size, 5) - 1] += w;
            if (children > 0)
            {
                (pop.Type[hh] == HouseholdType.SingleParent ? parentsByChildren : couplesByChildren)[Math.Min(children, 3) - 1] += w;
            }
        }

        var other = Cited.From(plan.Templates.Where(t => t.Type == HouseholdType.Other).Sum(t => t.Expected), h.OtherMembers).With("assumption household.other-multi-person");
        rows.Count("households", "households.total", "", Cited.From(plan.Households, h.SinglePersons).With("derived from positions"), totalHouseholds, "households");
        rows.Count("households", "households.type", "one person", Cited.Of(h.SinglePersons), byType[(int)HouseholdType.OnePerson], "households");
        rows.Count("households", "households.type", "couple without children", Half(h.PartnersWithoutChildren), byType[(int)HouseholdType.CoupleWithoutChildren], "households");
        rows.Count("households", "households.type", "couple with children", Half(h.PartnersWithChildren), byType[(int)HouseholdType.CoupleWithChildren], "households");
        rows.Count("households", "households.type", "single parent", Cited.Of(h.SingleParents), byType[(int)HouseholdType.SingleParent], "households");
        rows.Count("households", "households.type", "other", other, byType[(int)HouseholdType.Other], "households");
        string[] counts = ["1 child", "2 children", "3 or more children"];
        for (var k = 0; k < 3; k++)
        {
            rows.Count("households", "households.couples-by-children", counts[k], ByChildren(h.CouplesByChildren, k, h.PartnersWithChildren.Value / 2, h.PartnersWithChildren), couplesByChildren[k], "households");
            rows.Count("households", "households.single-parents-by-children", counts[k], ByChildren(h.SingleParentsByChildren, k, h.SingleParents.Value, h.SingleParents), parentsByChildren[k], "households");
        }

        string[] sizes = ["1", "2", "3", "4", "5 or more"];
        var sizeTotal = h.BySize.Sum(f => f.Value);
        for (var s = 0; s < 5; s++)
        {
            // 70133ned describes 2022; the synthesis follows the 2024 positions, so this is a check with 2 points' room.
            rows.Share("households", "households.size-share", sizes[s], Cited.Of(h.BySize[s]) with { Value = h.BySize[s].Value / sizeTotal }, bySize[s] / totalHouseholds, 0.02, pop.HouseholdCount);
        }

        rows.Add("households", "households.income-statistics", "", Cited.Of(h.IncomeStatisticsHouseholds), totalHouseholds, "households",
            0.03 * h.IncomeStatisticsHouseholds.Value, "3 % (the income statistics leave out some households)");
        rows.Add("persons", "persons.per-household", "", Cited.Of(h.PersonsPerHousehold), totalPersons / totalHouseholds, "persons per household",
            0.06, "0.06 (CBS rounds to one decimal)");

        rows.Count("persons", "persons.total", "", Cited.Of(h.PersonsInPrivateHouseholds), totalPersons, "persons");
        rows.Count("persons", "persons.position", "single person", Cited.Of(h.SinglePersons), positions[0], "persons");
        rows.Count("persons", "persons.position", "partner", Cited.From(h.PartnersWithoutChildren.Value + h.PartnersWithChildren.Value, h.PartnersWithChildren), positions[1], "persons");
        rows.Count("persons", "persons.position", "single parent", Cited.Of(h.SingleParents), positions[2], "persons");
        // Every household template is rounded to whole records and large families hold up to 8 children: more room.
        rows.Count("persons", "persons.position", "child living at home", Cited.Of(h.ChildrenAtHome), positions[3], "persons", records: 10);
        rows.Count("persons", "persons.position", "other member", Cited.Of(h.OtherMembers), positions[4], "persons");
    }

    private static Cited Half(Figure partners) => Cited.From(partners.Value / 2, partners).With("partners / 2");

    private static Cited ByChildren(IReadOnlyList<Figure> counts, int k, double households, Figure total)
    {
        var sum = counts.Sum(f => f.Value);
        return Cited.From(sum > 0 ? households * counts[k].Value / sum : 0, counts[k], total).With("share of the first × count of the second");
    }

    private static int Position(SyntheticPopulation pop, int p) => pop.Role[p] switch
    {
        HouseholdRole.Partner => 1,
        HouseholdRole.Child => 3,
        HouseholdRole.Other => 4,
        _ => pop.Type[pop.HouseholdOf[p]] switch
        {
            HouseholdType.OnePerson => 0,
            HouseholdType.SingleParent => 2,
            HouseholdType.Other => 4,
            _ => 1,
        },
    };
}

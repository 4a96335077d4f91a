namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// The skeleton: how many households of each template (exact quotas at this scale), in a random order, with their
/// persons' roles. Persons of a household are contiguous: head first, then partner, children, the extra member.
/// </summary>
internal static class HouseholdStep
{
    public static SyntheticPopulation Build(HouseholdPlan plan, int households, Draws draws, PopulationCodes codes)
    {
        var templates = plan.Templates;
        var counts = Apportion.LargestRemainder(templates.Select(t => t.Expected).ToArray(), households);
        var templateOf = new int[households];
        var persons = 0L;
        var next = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            Array.Fill(templateOf, t, next, counts[t]);
            next += counts[t];
            persons += (long)counts[t] * templates[t].Size;
        }

        // Fisher–Yates over the template list: the record order is random, so no later step sees a pattern in it.
        var random = draws.Sequence(DrawStream.HouseholdOrder);
        for (var i = households - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (templateOf[i], templateOf[j]) = (templateOf[j], templateOf[i]);
        }

        var population = new SyntheticPopulation(households, checked((int)persons)) { Codes = codes };
        Array.Fill(population.Weight, plan.Households / households);
        var person = 0;
        for (var h = 0; h < households; h++)
        {
            var template = templates[templateOf[h]];
            population.FirstPerson[h] = person;
            population.Type[h] = template.Type;
            var size = template.Size;
            population.HouseholdOf.AsSpan(person, size).Fill(h);
            var roles = population.Role.AsSpan(person, size);
            roles.Fill(HouseholdRole.Child);
            roles[0] = HouseholdRole.Head;
            if (template.Adults == 2)
            {
                roles[1] = template.Type == HouseholdType.Other ? HouseholdRole.Other : HouseholdRole.Partner;
            }

            if (template.ExtraMember)
            {
                roles[^1] = HouseholdRole.Other;
            }

            person += size;
        }

        population.FirstPerson[households] = person;
        return population;
    }
}

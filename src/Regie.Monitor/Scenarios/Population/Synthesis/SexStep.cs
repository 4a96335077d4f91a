namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>Sex by position in the household (assumption sex.by-position); couples are a man and a woman.</summary>
internal static class SexStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;

        // Partners take the sex the head does not have, so heads go first, then everyone else.
        context.ForEach(pop.HouseholdCount, h => Assign(context, pop.FirstPerson[h]));
        context.ForEach(pop.PersonCount, p =>
        {
            if (pop.Role[p] != HouseholdRole.Head)
            {
                Assign(context, p);
            }
        });
    }

    private static void Assign(SynthesisContext context, int p)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var h = pop.HouseholdOf[p];
        var male = pop.Role[p] switch
        {
            HouseholdRole.Partner => pop.Sex[pop.FirstPerson[h]] == Sex.Female,
            HouseholdRole.Child => Chance(draws, p, PopulationAssumptions.MaleChildren),
            HouseholdRole.Other => Chance(draws, p, PopulationAssumptions.MaleOtherMembers),
            _ => pop.Type[h] switch
            {
                HouseholdType.OnePerson => Chance(draws, p, context.AtAowAge(p) ? PopulationAssumptions.MaleSinglesAtAow : PopulationAssumptions.MaleSinglesBelowAow),
                HouseholdType.SingleParent => Chance(draws, p, PopulationAssumptions.MaleSingleParents),
                HouseholdType.Other => Chance(draws, p, PopulationAssumptions.MaleOtherMembers),
                _ => Chance(draws, p, 0.5),
            },
        };
        pop.Sex[p] = male ? Sex.Male : Sex.Female;
    }

    private static bool Chance(Draws draws, int person, double probability) => draws.Uniform(DrawStream.Sex, person) < probability;
}

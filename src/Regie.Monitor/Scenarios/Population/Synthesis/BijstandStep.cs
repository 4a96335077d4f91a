namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Bijstand households (37789ksz counts benefits, i.e. households): below AOW age by household type, weighted
/// towards heads with little education; from AOW age singles and couples (assumption labour.bijstand-households).
/// The head and partner of a bijstand household get the status Bijstand and do not work.
/// </summary>
internal static class BijstandStep
{
    private static readonly HouseholdType[] Types =
        [HouseholdType.OnePerson, HouseholdType.SingleParent, HouseholdType.CoupleWithoutChildren, HouseholdType.CoupleWithChildren];

    public static void Run(SynthesisContext context)
    {
        var labour = context.Targets.Labour;
        var below = Apportion.LargestRemainder(PopulationAssumptions.BijstandByType, context.Records(labour.BijstandBelowAowAge.Value));
        for (var t = 0; t < Types.Length; t++)
        {
            Mark(context, Eligible(context, Types[t], atAowAge: false), below[t]);
        }

        var atAow = context.Records(labour.BijstandFromAowAge.Value);
        var singles = (int)Math.Round(atAow * PopulationAssumptions.BijstandAtAowSingles);
        Mark(context, Eligible(context, HouseholdType.OnePerson, atAowAge: true), singles);
        Mark(context, Eligible(context, HouseholdType.CoupleWithoutChildren, atAowAge: true), atAow - singles);
    }

    /// <summary>Heads of households of the type whose adults are all below (or all at) the AOW age.</summary>
    private static int[] Eligible(SynthesisContext context, HouseholdType type, bool atAowAge)
    {
        var pop = context.Population;
        var heads = new List<int>();
        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            var head = pop.FirstPerson[h];
            if (pop.Type[h] != type || context.AtAowAge(head) != atAowAge)
            {
                continue;
            }

            var partner = context.PartnerOf(head);
            if (partner >= 0 && context.AtAowAge(partner) != atAowAge)
            {
                continue;
            }

            if (atAowAge || pop.Age[head] >= PopulationAssumptions.BijstandMinimumAge)
            {
                heads.Add(head);
            }
        }

        return [.. heads];
    }

    private static void Mark(SynthesisContext context, int[] heads, int count)
    {
        var pop = context.Population;
        var weights = PopulationAssumptions.BijstandEducationWeight;
        foreach (var head in Pick.Weighted(heads, p => weights[(int)pop.Education[p]], count, context.Draws, DrawStream.BijstandPick))
        {
            pop.Status[head] = LabourStatus.Bijstand;
            var partner = context.PartnerOf(head);
            if (partner >= 0)
            {
                pop.Status[partner] = LabourStatus.Bijstand;
            }
        }
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Ages. Exact quotas where the data give counts: persons at or above AOW age (37789ksz × share), persons 15–74
/// (85224NED, which fixes the children under 15). Within bands the assumptions in age.* apply.
/// </summary>
internal static class AgeStep
{
    public static void Run(SynthesisContext context)
    {
        var seniors = PlaceSeniors(context);
        var over75 = AgeSeniors(context, seniors);
        AgeChildren(context, over75);
        AgeAdults(context, seniors);
    }

    /// <summary>Picks the persons at or above AOW age: singles and couples without children (assumption age.seniors-living-alone).</summary>
    private static bool[] PlaceSeniors(SynthesisContext context)
    {
        var pop = context.Population;
        var total = context.Records(context.Targets.Labour.AowBenefits.Value * PopulationAssumptions.AowInPrivateHouseholds);
        var singleHeads = Heads(pop, HouseholdType.OnePerson);
        var coupleHeads = Heads(pop, HouseholdType.CoupleWithoutChildren);
        var singles = Math.Min(singleHeads.Length, (int)Math.Round(total * PopulationAssumptions.SeniorsAlone));
        var pairs = Math.Min(coupleHeads.Length, (total - singles) / 2);

        var senior = new bool[pop.PersonCount];
        foreach (var p in Pick.Uniform(singleHeads, singles, context.Draws, DrawStream.SeniorSingles))
        {
            senior[p] = true;
        }

        foreach (var p in Pick.Uniform(coupleHeads, pairs, context.Draws, DrawStream.SeniorCouples))
        {
            senior[p] = senior[p + 1] = true;
        }

        return senior;
    }

    /// <summary>Ages of the seniors: a share under 75 (evenly spread), the rest 75–99 with a falling density. Returns how many are 75+.</summary>
    private static int AgeSeniors(SynthesisContext context, bool[] senior)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var all = Enumerable.Range(0, pop.PersonCount).Where(p => senior[p]).ToArray();
        var young = new bool[pop.PersonCount];
        foreach (var p in Pick.Uniform(all, (int)Math.Round(all.Length * PopulationAssumptions.AowAgeUnder75), draws, DrawStream.SeniorBand))
        {
            young[p] = true;
        }

        var over75 = 0;
        foreach (var p in all)
        {
            if (young[p])
            {
                pop.Age[p] = (byte)draws.Between(DrawStream.SeniorAge, p, PopulationAssumptions.AowAge, 74);
            }
            else
            {
                // Triangular on [75, 100) with its mode at 75: F⁻¹(u) = 75 + 25·(1 − √(1 − u)).
                pop.Age[p] = (byte)(75 + (int)(25 * (1 - Math.Sqrt(1 - draws.Uniform(DrawStream.SeniorAge, p)))));
                over75++;
            }
        }

        return over75;
    }

    /// <summary>
    /// Children: a raw age per child (a household stage plus sibling spacing) ranks all children; the youngest
    /// ranks fill the quota of 0–14-year-olds evenly, the rest spread over 15 … oldest with a falling density.
    /// </summary>
    private static void AgeChildren(SynthesisContext context, int over75)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var children = Enumerable.Range(0, pop.PersonCount).Where(p => pop.Role[p] == HouseholdRole.Child).ToArray();
        var raw = new double[children.Length];
        context.ForEach(children.Length, i =>
        {
            var p = children[i];
            var h = pop.HouseholdOf[p];
            var first = pop.FirstPerson[h] + (pop.Type[h] == HouseholdType.CoupleWithChildren ? 2 : 1);
            var count = pop.FirstPerson[h + 1] - first - (pop.Role[pop.FirstPerson[h + 1] - 1] == HouseholdRole.Other ? 1 : 0);
            var youngerSiblings = count - 1 - (p - first);
            raw[i] = 24 * draws.Uniform(DrawStream.ChildStage, h)
                + youngerSiblings * PopulationAssumptions.SiblingSpacing
                + draws.Uniform(DrawStream.ChildSpacing, p) - 0.5;
        });

        children = RadixSort.Order(children, raw);
        var under15 = Math.Clamp(pop.PersonCount - over75 - context.Records(context.Targets.Labour.Population15To74.Value), 0, children.Length);
        var older = children.Length - under15;
        var span = PopulationAssumptions.OldestChildAtHome - 14;
        for (var rank = 0; rank < children.Length; rank++)
        {
            pop.Age[children[rank]] = rank < under15
                ? (byte)(15 * (rank + 0.5) / under15)
                : (byte)(15 + (int)(span * (1 - Math.Sqrt(1 - (rank - under15 + 0.5) / older))));
        }
    }

    /// <summary>Adults below AOW age, by household type (assumption age.parents-and-partners).</summary>
    private static void AgeAdults(SynthesisContext context, bool[] senior)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var lastWorkingAge = PopulationAssumptions.AowAge - 1;
        context.ForEach(pop.HouseholdCount, h =>
        {
            var head = pop.FirstPerson[h];
            var end = pop.FirstPerson[h + 1];
            switch (pop.Type[h])
            {
                case HouseholdType.OnePerson when !senior[head]:
                    pop.Age[head] = Banded(draws, head, PopulationAssumptions.SinglesByAge);
                    break;
                case HouseholdType.Other:
                    pop.Age[head] = (byte)draws.Between(DrawStream.AdultAge, head, 18, 40);
                    pop.Age[head + 1] = (byte)draws.Between(DrawStream.AdultAge, head + 1, 18, 40);
                    break;
                case HouseholdType.CoupleWithoutChildren when !senior[head]:
                    pop.Age[head] = Banded(draws, head, PopulationAssumptions.ChildlessCouplesByAge);
                    pop.Age[head + 1] = PartnerAge(draws, head + 1, pop.Age[head], lastWorkingAge);
                    break;
                case HouseholdType.CoupleWithChildren or HouseholdType.SingleParent:
                    var oldest = 0;
                    for (var p = head; p < end; p++)
                    {
                        oldest = pop.Role[p] == HouseholdRole.Child ? Math.Max(oldest, pop.Age[p]) : oldest;
                    }

                    var gap = draws.Between(DrawStream.AdultAge, head, PopulationAssumptions.ParentAgeGapMin, PopulationAssumptions.ParentAgeGapMax);
                    pop.Age[head] = (byte)Math.Clamp(oldest + gap, 18, lastWorkingAge);
                    if (pop.Type[h] == HouseholdType.CoupleWithChildren)
                    {
                        pop.Age[head + 1] = PartnerAge(draws, head + 1, pop.Age[head], lastWorkingAge);
                    }

                    break;
            }

            if (pop.Type[h] != HouseholdType.Other && pop.Role[end - 1] == HouseholdRole.Other)
            {
                pop.Age[end - 1] = (byte)draws.Between(DrawStream.AdultAge, end - 1, 18, lastWorkingAge);
            }
        });
    }

    /// <summary>An age from bands with shares (summing to 1), evenly spread within the band.</summary>
    private static byte Banded(Draws draws, int person, (int From, int To, double Share)[] bands)
    {
        var u = draws.Uniform(DrawStream.AdultAge, person);
        foreach (var (from, to, share) in bands)
        {
            if (u < share)
            {
                return (byte)(from + (int)(u / share * (to - from + 1)));
            }

            u -= share;
        }

        return (byte)bands[^1].To;
    }

    private static byte PartnerAge(Draws draws, int partner, int headAge, int lastWorkingAge) =>
        (byte)Math.Clamp((int)Math.Round(headAge + PopulationAssumptions.PartnerAgeGapSd * draws.Normal(DrawStream.PartnerGap, partner)), 18, lastWorkingAge);

    private static int[] Heads(SyntheticPopulation pop, HouseholdType type) =>
        Enumerable.Range(0, pop.HouseholdCount).Where(h => pop.Type[h] == type).Select(h => pop.FirstPerson[h]).ToArray();
}

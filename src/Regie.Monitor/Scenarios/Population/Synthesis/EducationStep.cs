namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Education (assumption education.by-age): persons 15–74 are ranked on a latent score (age shift + noise,
/// correlated between partners) and split into low / middle / high so that the counts match 85224NED exactly;
/// 15–17-year-olds are low; persons 75+ get fixed shares by the same ranking; children under 15 are low.
/// </summary>
internal static class EducationStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var labour = context.Targets.Labour;
        var working = new List<int>();
        var old = new List<int>();
        var teenagers = 0;
        for (var p = 0; p < pop.PersonCount; p++)
        {
            pop.Education[p] = Education.Low;
            switch (pop.Age[p])
            {
                case >= 75:
                    old.Add(p);
                    break;
                case >= 18:
                    working.Add(p);
                    break;
                case >= 15:
                    teenagers++;
                    break;
            }
        }

        var quotas = Apportion.LargestRemainder(labour.PopulationByEducation.Select(f => f.Value).ToArray(), working.Count + teenagers);
        quotas[0] = Math.Max(0, quotas[0] - teenagers);
        Assign(context, [.. working], Apportion.LargestRemainder(quotas.Select(q => (double)q).ToArray(), working.Count));
        Assign(context, [.. old], Apportion.LargestRemainder(PopulationAssumptions.EducationAt75Plus, old.Count));
    }

    private static void Assign(SynthesisContext context, int[] persons, int[] quotas)
    {
        var pop = context.Population;
        var scores = new double[persons.Length];
        context.ForEach(persons.Length, i => scores[i] = Shift(pop.Age[persons[i]]) + Noise(context, persons[i]));

        var level = 0;
        var left = quotas[0];
        foreach (var p in RadixSort.Order(persons, scores))
        {
            while (left == 0 && level < quotas.Length - 1)
            {
                left = quotas[++level];
            }

            pop.Education[p] = (Education)level;
            left--;
        }
    }

    /// <summary>Normal noise; a partner's noise is correlated with the head's (assortative mating).</summary>
    private static double Noise(SynthesisContext context, int person)
    {
        var own = context.Draws.Normal(DrawStream.EducationNoise, person);
        if (context.Population.Role[person] != HouseholdRole.Partner)
        {
            return own;
        }

        var rho = PopulationAssumptions.PartnerEducationCorrelation;
        return rho * context.Draws.Normal(DrawStream.EducationNoise, context.HeadOf(person)) + Math.Sqrt(1 - rho * rho) * own;
    }

    private static double Shift(int age)
    {
        foreach (var (upTo, shift) in PopulationAssumptions.EducationAgeProfile)
        {
            if (age <= upTo)
            {
                return shift;
            }
        }

        return PopulationAssumptions.EducationAgeProfile[^1].Shift;
    }
}

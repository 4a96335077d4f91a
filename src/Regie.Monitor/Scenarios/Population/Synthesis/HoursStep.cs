namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Weekly hours of the employed: the hours bands of 85224NED (under 20, 20–35, 35+) are exact quotas filled by rank
/// on a latent score (women, students, teenagers, older workers and mothers of young children lower), then hours
/// within the band (assumption labour.hours).
/// </summary>
internal static class HoursStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var youngChild = HouseholdsWithYoungChild(pop);
        var employed = Enumerable.Range(0, pop.PersonCount).Where(p => context.Employed[p]).ToArray();
        var scores = new double[employed.Length];
        context.ForEach(employed.Length, i => scores[i] = Score(pop, employed[i], youngChild) + draws.Normal(DrawStream.HoursNoise, employed[i]));

        employed = RadixSort.Order(employed, scores);
        var quotas = Apportion.LargestRemainder(context.Targets.Labour.EmployedByHours.Select(f => f.Value).ToArray(), employed.Length);
        context.ForEach(employed.Length, rank =>
        {
            var p = employed[rank];
            pop.HoursPerWeek[p] = (byte)(rank < quotas[0] ? draws.Between(DrawStream.HoursWithinBand, p, PopulationAssumptions.ShortHoursMin, 19)
                : rank < quotas[0] + quotas[1] ? draws.Between(DrawStream.HoursWithinBand, p, 20, 34)
                : FullTime(draws.Uniform(DrawStream.HoursWithinBand, p)));
        });
    }

    private static double Score(SyntheticPopulation pop, int p, bool[] youngChild)
    {
        var age = pop.Age[p];
        var woman = pop.Sex[p] == Sex.Female;
        var score = woman ? PopulationAssumptions.HoursWomen : 0;
        score += age switch
        {
            < 18 => PopulationAssumptions.HoursAged15To17,
            >= PopulationAssumptions.AowAge => PopulationAssumptions.HoursAtAowAge,
            >= 55 => PopulationAssumptions.HoursAged55To66,
            _ => 0,
        };
        if (age >= 18 && age < PopulationAssumptions.StudentAgeLimit && pop.Role[p] == HouseholdRole.Child)
        {
            score += PopulationAssumptions.HoursStudents;
        }

        if (woman && pop.Role[p] is HouseholdRole.Head or HouseholdRole.Partner && youngChild[pop.HouseholdOf[p]])
        {
            score += PopulationAssumptions.HoursMothersOfYoungChildren;
        }

        return pop.Status[p] == LabourStatus.SelfEmployed ? score + PopulationAssumptions.HoursSelfEmployed : score;
    }

    private static int FullTime(double u)
    {
        foreach (var (hours, share) in PopulationAssumptions.FullTimeHours)
        {
            if (u < share)
            {
                return hours;
            }

            u -= share;
        }

        return PopulationAssumptions.FullTimeHours[^1].Hours;
    }

    private static bool[] HouseholdsWithYoungChild(SyntheticPopulation pop)
    {
        var result = new bool[pop.HouseholdCount];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Role[p] == HouseholdRole.Child && pop.Age[p] < PopulationAssumptions.YoungChildAge)
            {
                result[pop.HouseholdOf[p]] = true;
            }
        }

        return result;
    }
}

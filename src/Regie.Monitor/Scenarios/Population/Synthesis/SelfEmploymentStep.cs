namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Employees and self-employed among the employed: the self-employed (85224NED) are a weighted sample by sex, age
/// and education, those with staff a weighted sample of them (assumption labour.self-employment). Then every
/// person gets a final status (assumption labour.other-statuses).
/// </summary>
internal static class SelfEmploymentStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var labour = context.Targets.Labour;
        var employed = Enumerable.Range(0, pop.PersonCount).Where(p => context.Employed[p]).ToArray();
        var selfEmployedCount = Apportion.LargestRemainder([labour.Employees.Value, labour.SelfEmployed.Value], employed.Length)[1];
        var selfEmployed = Pick.Weighted(employed, p => Weight(pop, p), selfEmployedCount, context.Draws, DrawStream.SelfEmploymentPick);
        foreach (var p in employed)
        {
            pop.Status[p] = LabourStatus.Employee;
        }

        foreach (var p in selfEmployed)
        {
            pop.Status[p] = LabourStatus.SelfEmployed;
        }

        var withStaff = Apportion.LargestRemainder([labour.SelfEmployedWithoutStaff.Value, labour.SelfEmployedWithStaff.Value], selfEmployed.Length)[1];
        foreach (var p in Pick.Weighted(selfEmployed, p => pop.Age[p] >= 35 ? PopulationAssumptions.WithStaffFrom35 : 1, withStaff, context.Draws, DrawStream.WithStaffPick))
        {
            context.WithStaff[p] = true;
        }

        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (!context.Employed[p] && pop.Status[p] is not (LabourStatus.Bijstand or LabourStatus.UnemployedWw))
            {
                pop.Status[p] = Rest(context, p);
            }
        }
    }

    private static LabourStatus Rest(SynthesisContext context, int person)
    {
        var pop = context.Population;
        var age = pop.Age[person];
        if (age < 15 || (pop.Role[person] == HouseholdRole.Child && age <= PopulationAssumptions.OldestChildAtHome))
        {
            return LabourStatus.ChildOrStudent;
        }

        return context.AtAowAge(person) ? LabourStatus.Retired : LabourStatus.Inactive;
    }

    private static double Weight(SyntheticPopulation pop, int person)
    {
        var age = pop.Age[person];
        var bands = PopulationAssumptions.SelfEmploymentByAge;
        var band = 0;
        while (band < bands.Length - 1 && age > bands[band].UpTo)
        {
            band++;
        }

        var byAge = bands[band].Weight;
        var bySex = pop.Sex[person] == Sex.Male ? PopulationAssumptions.SelfEmploymentMen : 1;
        return byAge * bySex * PopulationAssumptions.SelfEmploymentByEducation[(int)pop.Education[person]];
    }
}

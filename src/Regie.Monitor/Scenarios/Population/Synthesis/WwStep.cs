namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Baseline WW recipients (37789ksz, annual average): exact quotas by age band (assumption labour.ww-by-age) among
/// persons below AOW age who do not work, are not in a bijstand household and are not students at home.
/// </summary>
internal static class WwStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var bands = PopulationAssumptions.WwByAge;
        var cellOf = new int[pop.PersonCount];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            var age = pop.Age[p];
            var eligible = age >= 18 && age < PopulationAssumptions.AowAge && !context.Employed[p]
                && pop.Status[p] != LabourStatus.Bijstand
                && !(pop.Role[p] == HouseholdRole.Child && age < PopulationAssumptions.StudentAgeLimit);
            cellOf[p] = eligible ? Band(bands, age) : -1;
        }

        var quotas = Apportion.LargestRemainder(bands.Select(b => b.Share).ToArray(), context.Records(context.Targets.Labour.WwBenefits.Value));
        Pick.Fill(cellOf, [.. quotas.Select(q => new[] { q })], context.Draws, DrawStream.WwOrder, (p, _) => pop.Status[p] = LabourStatus.UnemployedWw);
    }

    private static int Band((int UpTo, double Share)[] bands, int age)
    {
        for (var b = 0; b < bands.Length; b++)
        {
            if (age <= bands[b].UpTo)
            {
                return b;
            }
        }

        return -1;
    }
}

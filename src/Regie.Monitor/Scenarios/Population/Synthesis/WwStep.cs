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
            cellOf[p] = eligible ? Array.FindIndex(bands, b => age <= b.UpTo) : -1;
        }

        var quotas = Apportion.LargestRemainder(bands.Select(b => b.Share).ToArray(), context.Records(context.Targets.Labour.WwBenefits.Value));
        Pick.Fill(cellOf, [.. quotas.Select(q => new[] { q })], context.Draws, Stream.WwOrder, (p, _) => pop.Status[p] = LabourStatus.UnemployedWw);
    }
}

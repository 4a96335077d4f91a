namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Province per household: for each household type, exact quotas in proportion to CBS 86161NED's households of that
/// type per province ("other" households follow all four types together). Households are already in random order,
/// so giving the quotas out in record order is a random assignment.
/// </summary>
internal static class ProvinceStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var provinces = context.Targets.Provinces.OrderBy(p => p.Province).ToArray();
        foreach (var type in Enum.GetValues<HouseholdType>())
        {
            var weights = provinces.Select(p => p.Of(type)?.Value ?? p.Total).ToArray();
            var count = 0;
            for (var h = 0; h < pop.HouseholdCount; h++)
            {
                if (pop.Type[h] == type)
                {
                    count++;
                }
            }

            var quotas = Apportion.LargestRemainder(weights, count);
            var current = 0;
            for (var h = 0; h < pop.HouseholdCount; h++)
            {
                if (pop.Type[h] != type)
                {
                    continue;
                }

                while (quotas[current] == 0)
                {
                    current++;
                }

                pop.Province[h] = provinces[current].Province;
                quotas[current]--;
            }
        }
    }
}

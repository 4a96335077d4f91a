namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// A BRC group for every employed person (assumptions occupation.joint-assignment and occupation.youth-from-pay):
/// the fitted group × sex × education × youth table is rounded per cell (largest remainder, so cells stay exact)
/// and handed out at random within each cell.
/// </summary>
internal static class OccupationStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        Array.Fill(pop.Occupation, (short)-1);
        var cellOf = new int[pop.PersonCount];
        var cells = new double[OccupationFit.Cells];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            cellOf[p] = context.Employed[p] ? OccupationFit.CellOf(pop.Sex[p], pop.Education[p], pop.Age[p] < PopulationAssumptions.AdultMinimumWageAge) : -1;
            if (cellOf[p] >= 0)
            {
                cells[cellOf[p]]++;
            }
        }

        var groups = context.Targets.Occupations;
        var youthTotal = Enumerable.Range(0, OccupationFit.Cells).Where(c => c % 2 == 1).Sum(c => cells[c]);
        var fitted = OccupationFit.Fit(groups, cells, YouthByGroup(context.Targets, cells.Sum(), youthTotal));
        var quotas = new int[OccupationFit.Cells][];
        for (var c = 0; c < OccupationFit.Cells; c++)
        {
            quotas[c] = Apportion.LargestRemainder(fitted.Select(row => row[c]).ToArray(), (int)cells[c]);
        }

        Pick.Fill(cellOf, quotas, context.Draws, DrawStream.OccupationOrder, (p, o) => pop.Occupation[p] = (short)o);
    }

    /// <summary>
    /// Employed persons under 21 per group: at least the share of the group's pay distribution below the adult
    /// minimum wage (only young workers may lawfully earn less), the rest of the young in proportion to the
    /// groups' other employment; scaled down when the floors alone exceed the young workers there are.
    /// </summary>
    internal static double[] YouthByGroup(PopulationTargets targets, double employed, double youth)
    {
        var pays = ResolvedPay.For(targets);
        var total = targets.Occupations.Sum(g => g.Employed.Value);
        var size = targets.Occupations.Select(g => g.Employed.Value / total * employed).ToArray();
        var below = pays.Select(p => p.Distribution.Cdf(PopulationAssumptions.MinimumHourlyWage2024)).ToArray();
        var floors = size.Zip(below, (n, f) => n * f).ToArray();
        var floorTotal = floors.Sum();
        if (floorTotal >= youth)
        {
            return [.. floors.Select(f => floorTotal > 0 ? f * youth / floorTotal : 0)];
        }

        var rest = size.Zip(below, (n, f) => n * (1 - f)).ToArray();
        var restTotal = rest.Sum();
        return [.. floors.Zip(rest, (f, r) => f + (restTotal > 0 ? (youth - floorTotal) * r / restTotal : 0))];
    }
}

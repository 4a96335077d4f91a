namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// A NACE section for every employed person (assumption sector.from-major-group): first an ISCO major group, from
/// the group's unit groups fitted to Eurostat's employment by major group, then the section, from Eurostat's
/// section × major group matrix. Both are exact quotas handed out in random order.
/// </summary>
internal static class SectorStep
{
    private const int Majors = 10;

    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var groups = context.Targets.Occupations;
        var sectors = context.Targets.Sectors;
        Array.Fill(pop.Sector, (sbyte)-1);
        Array.Fill(context.Major, (sbyte)-1);

        var perGroup = new double[groups.Count];
        var groupOf = new int[pop.PersonCount];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            groupOf[p] = pop.Occupation[p];
            if (groupOf[p] >= 0)
            {
                perGroup[groupOf[p]]++;
            }
        }

        var majorTotals = new double[Majors];
        foreach (var cell in sectors.Cells)
        {
            majorTotals[cell.MajorGroup] += cell.Thousands;
        }

        var fitted = FitMajors(groups, perGroup, majorTotals);
        var majorQuotas = fitted.Select((row, o) => Apportion.LargestRemainder(row, (int)perGroup[o])).ToArray();
        Pick.Fill(groupOf, majorQuotas, context.Draws, DrawStream.MajorOrder, (p, m) => context.Major[p] = (sbyte)m);

        var majorOf = new int[pop.PersonCount];
        var perMajor = new int[Majors];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            majorOf[p] = context.Major[p];
            perMajor[Math.Max(0, majorOf[p])] += majorOf[p] >= 0 ? 1 : 0;
        }

        var sectionIndex = sectors.Sections.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var sectionQuotas = new int[Majors][];
        for (var m = 0; m < Majors; m++)
        {
            var weights = new double[sectors.Sections.Count];
            foreach (var cell in sectors.Cells.Where(c => c.MajorGroup == m))
            {
                weights[sectionIndex[cell.Section]] += cell.Thousands;
            }

            if (weights.Sum() <= 0)
            {
                // No published cell for this major group: use the sections' overall employment.
                foreach (var cell in sectors.Cells)
                {
                    weights[sectionIndex[cell.Section]] += cell.Thousands;
                }
            }

            sectionQuotas[m] = Apportion.LargestRemainder(weights, perMajor[m]);
        }

        Pick.Fill(majorOf, sectionQuotas, context.Draws, DrawStream.SectorOrder, (p, s) => pop.Sector[p] = (sbyte)s);
    }

    /// <summary>Group × major group table: unit-group counts as the seed, fitted to group sizes and Eurostat's major-group totals.</summary>
    internal static double[][] FitMajors(IReadOnlyList<OccupationTarget> groups, double[] perGroup, double[] majorTotals)
    {
        var x = groups.Select(g =>
        {
            var row = new double[Majors];
            foreach (var link in g.MajorGroups)
            {
                row[link.MajorGroup] += link.UnitGroups;
            }

            return row;
        }).ToArray();
        var scale = perGroup.Sum() / Math.Max(majorTotals.Sum(), double.Epsilon);
        for (var round = 0; round < 200; round++)
        {
            for (var m = 0; m < Majors; m++)
            {
                var sum = x.Sum(row => row[m]);
                if (sum > 0 && majorTotals[m] > 0)
                {
                    foreach (var row in x)
                    {
                        row[m] *= majorTotals[m] * scale / sum;
                    }
                }
            }

            for (var o = 0; o < x.Length; o++)
            {
                var sum = x[o].Sum();
                for (var m = 0; m < Majors && sum > 0; m++)
                {
                    x[o][m] *= perGroup[o] / sum;
                }
            }
        }

        return x;
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Iterative proportional fitting of employed persons by occupation group × sex × education × youth (under 21).
/// Margins per group: employment, women share, higher-education share and youth share; across groups: the
/// synthetic employed persons' 12 sex × education × youth cells, which come last and are therefore met exactly.
/// The group shares are first scaled by one factor each so that their totals agree with the cells (85276NED's
/// higher-education share is a quarter's, 85224NED's the year's; assumption occupation.joint-assignment).
/// </summary>
internal static class OccupationFit
{
    public const int Rounds = 100;

    /// <summary>Cells: index = (sex · 3 + education) · 2 + youth.</summary>
    public const int Cells = 12;

    public static int CellOf(Sex sex, Education education, bool youth) => ((int)sex * 3 + (int)education) * 2 + (youth ? 1 : 0);

    /// <summary>Fitted persons, indexed [group][cell].</summary>
    /// <param name="groups">The occupation groups.</param>
    /// <param name="cells">Employed persons per cell.</param>
    /// <param name="youth">Expected employed persons under 21 per group (summing to the youth cells' total).</param>
    public static double[][] Fit(IReadOnlyList<OccupationTarget> groups, double[] cells, double[] youth)
    {
        var employed = cells.Sum();
        var total = groups.Sum(g => g.Employed.Value);
        var size = groups.Select(g => g.Employed.Value / total * employed).ToArray();
        var women = Reconciled(size, groups.Select(g => g.WomenShare.Value).ToArray(), Sum(cells, c => c / 6 == (int)Sex.Female));
        var higher = Reconciled(size, groups.Select(g => g.HigherEducationShare.Value).ToArray(), Sum(cells, c => c / 2 % 3 == (int)Education.High));
        var x = new double[groups.Count][];
        for (var o = 0; o < groups.Count; o++)
        {
            x[o] = new double[Cells];
            for (var c = 0; c < Cells; c++)
            {
                // Independence within the group as the seed; the low/middle split follows the cells.
                var level = c / 2 % 3;
                var pSex = c / 6 == (int)Sex.Female ? women[o] : 1 - women[o];
                var pLevel = level == (int)Education.High ? higher[o] : (1 - higher[o]) * Sum(cells, k => k / 2 % 3 == level) / Math.Max(1, Sum(cells, k => k / 2 % 3 != (int)Education.High));
                var pYouth = size[o] > 0 ? Math.Clamp(youth[o] / size[o], 0, 1) : 0;
                x[o][c] = size[o] * pSex * pLevel * (c % 2 == 1 ? pYouth : 1 - pYouth);
            }
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var o = 0; o < groups.Count; o++)
            {
                Scale(x[o], c => c / 6 == (int)Sex.Female, size[o] * women[o]);
                Scale(x[o], c => c / 6 != (int)Sex.Female, size[o] * (1 - women[o]));
                Scale(x[o], c => c / 2 % 3 == (int)Education.High, size[o] * higher[o]);
                Scale(x[o], c => c / 2 % 3 != (int)Education.High, size[o] * (1 - higher[o]));
                Scale(x[o], c => c % 2 == 1, youth[o]);
                Scale(x[o], c => c % 2 == 0, size[o] - youth[o]);
            }

            for (var c = 0; c < Cells; c++)
            {
                var sum = x.Sum(row => row[c]);
                var factor = sum > 0 ? cells[c] / sum : 0;
                foreach (var row in x)
                {
                    row[c] *= factor;
                }
            }
        }

        return x;
    }

    /// <summary>Group shares scaled by one factor so that Σ size × share equals the cells' total (kept in [0, 1]).</summary>
    private static double[] Reconciled(double[] size, double[] shares, double total)
    {
        var implied = size.Zip(shares, (n, s) => n * s).Sum();
        var factor = implied > 0 ? total / implied : 1;
        return [.. shares.Select(s => Math.Clamp(s * factor, 0, 1))];
    }

    private static double Sum(double[] cells, Func<int, bool> include)
    {
        var sum = 0.0;
        for (var c = 0; c < cells.Length; c++)
        {
            sum += include(c) ? cells[c] : 0;
        }

        return sum;
    }

    private static void Scale(double[] row, Func<int, bool> include, double target)
    {
        var sum = Sum(row, include);
        if (sum <= 0)
        {
            return;
        }

        for (var c = 0; c < row.Length; c++)
        {
            row[c] *= include(c) ? target / sum : 1;
        }
    }
}

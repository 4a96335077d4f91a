namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Who works (employees and self-employed together), among persons 15–74 outside bijstand households. Cells are
/// age band × sex × education; each cell's rate is the age rate (assumption labour.employment-by-age) times a
/// factor per sex and per education level, raked so that the employed match 85224NED by education and the BRC
/// groups' women share. Cell quotas are exact; within a cell the employed are a random sample.
/// </summary>
internal static class EmploymentStep
{
    private const int Sexes = 2;
    private const int Levels = 3;

    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var bands = PopulationAssumptions.EmploymentByAge;
        var cellOf = new int[pop.PersonCount];
        var size = new double[bands.Length * Sexes * Levels];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            var band = Band(pop.Age[p]);
            cellOf[p] = band < 0 || pop.Status[p] == LabourStatus.Bijstand ? -1 : Cell(band, (int)pop.Sex[p], (int)pop.Education[p]);
            if (cellOf[p] >= 0)
            {
                size[cellOf[p]]++;
            }
        }

        var labour = context.Targets.Labour;
        var total = context.Records(labour.Employed.Value);
        var byEducation = Apportion.LargestRemainder(labour.EmployedByEducation.Select(f => f.Value).ToArray(), total);
        var women = total * WomenShare(context.Targets.Occupations);
        var rates = Rake(size, byEducation, women);

        var expected = new double[size.Length];
        for (var c = 0; c < size.Length; c++)
        {
            expected[c] = size[c] * rates[c];
        }

        var quotas = Apportion.LargestRemainder(expected, Math.Min(total, (int)size.Sum()));
        Pick.Fill(cellOf, [.. quotas.Select(q => new[] { q })], context.Draws, DrawStream.EmploymentOrder, (p, _) => context.Employed[p] = true);
    }

    /// <summary>Employment-weighted women share of the BRC groups (85276NED).</summary>
    internal static double WomenShare(IReadOnlyList<OccupationTarget> occupations) =>
        occupations.Sum(o => o.Employed.Value * o.WomenShare.Value) / occupations.Sum(o => o.Employed.Value);

    /// <summary>Cell rates: base rate by age × factor by sex × factor by education, fitted to the margins (200 rounds).</summary>
    private static double[] Rake(double[] size, int[] byEducation, double women)
    {
        var bands = PopulationAssumptions.EmploymentByAge;
        var sexFactor = new[] { 1.0, 1.0 };
        var educationFactor = new[] { 1.0, 1.0, 1.0 };
        var rates = new double[size.Length];
        for (var round = 0; round < 200; round++)
        {
            Compute();
            for (var e = 0; e < Levels; e++)
            {
                var current = Margin(c => c % Levels == e);
                educationFactor[e] *= current > 0 ? byEducation[e] / current : 1;
            }

            Compute();
            var total = byEducation.Sum();
            var currentWomen = Margin(c => c / Levels % Sexes == (int)Sex.Female);
            var currentMen = Margin(c => c / Levels % Sexes == (int)Sex.Male);
            sexFactor[(int)Sex.Female] *= currentWomen > 0 ? women / currentWomen : 1;
            sexFactor[(int)Sex.Male] *= currentMen > 0 ? (total - women) / currentMen : 1;
        }

        Compute();
        return rates;

        void Compute()
        {
            for (var c = 0; c < size.Length; c++)
            {
                var (band, sex, level) = (c / (Sexes * Levels), c / Levels % Sexes, c % Levels);
                rates[c] = Math.Min(PopulationAssumptions.EmploymentRateCap, bands[band].Rate * sexFactor[sex] * educationFactor[level]);
            }
        }

        double Margin(Func<int, bool> inMargin)
        {
            var sum = 0.0;
            for (var c = 0; c < size.Length; c++)
            {
                sum += inMargin(c) ? size[c] * rates[c] : 0;
            }

            return sum;
        }
    }

    private static int Cell(int band, int sex, int level) => (band * Sexes + sex) * Levels + level;

    private static int Band(int age)
    {
        if (age < 15)
        {
            return -1;
        }

        var bands = PopulationAssumptions.EmploymentByAge;
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

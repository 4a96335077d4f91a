namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Employees' pay: within each BRC group, employees are ranked on a score (education, experience, full time,
/// noise) and rank r of n gets the group's pay at quantile (r + ½) / n, never below the minimum wage for their age.
/// Monthly wage = hourly × hours × 52/12 × (1 + holiday allowance) (assumptions pay.*).
/// </summary>
internal static class PayStep
{
    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var pays = ResolvedPay.For(context.Targets);
        var employees = new List<int>();
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Status[p] == LabourStatus.Employee)
            {
                employees.Add(p);
            }
        }

        var records = employees.ToArray();
        var groups = new int[records.Length];
        var scores = new double[records.Length];
        var size = new int[pays.Count];
        for (var i = 0; i < records.Length; i++)
        {
            groups[i] = pop.Occupation[records[i]];
            size[groups[i]]++;
        }

        context.ForEach(records.Length, i => scores[i] = Score(context, records[i]));

        var ordered = RadixSort.OrderWithinGroups(records, groups, scores);
        var start = new int[pays.Count + 1];
        for (var o = 0; o < pays.Count; o++)
        {
            start[o + 1] = start[o] + size[o];
        }

        context.ForEach(ordered.Length, i =>
        {
            var p = ordered[i];
            var o = pop.Occupation[p];
            var rank = i - start[o];
            var hourly = Math.Max(pays[o].Distribution.Quantile((rank + 0.5) / size[o]), MinimumHourlyWage(pop.Age[p]));
            pop.WageCents[p] = MonthlyCents(hourly, pop.HoursPerWeek[p]);
        });
    }

    /// <summary>Gross monthly wage in cents incl. holiday allowance for an hourly wage and weekly hours.</summary>
    public static int MonthlyCents(double hourly, int hours) =>
        (int)Math.Round(hourly * MonthlyHours(hours) * 100, MidpointRounding.AwayFromZero);

    /// <summary>Paid hours a month including the holiday allowance: hours × 52 / 12 × (1 + holiday allowance).</summary>
    public static double MonthlyHours(int hours) => hours * 52.0 / 12 * (1 + PopulationAssumptions.HolidayAllowance);

    /// <summary>The 2024 statutory minimum hourly wage for an age (youth percentages below 21).</summary>
    public static double MinimumHourlyWage(int age) => age switch
    {
        < 15 => 0,
        < 21 => PopulationAssumptions.MinimumHourlyWage2024 * PopulationAssumptions.YouthMinimumShare[age - 15],
        _ => PopulationAssumptions.MinimumHourlyWage2024,
    };

    private static double Score(SynthesisContext context, int p)
    {
        var pop = context.Population;
        var years = Math.Clamp(pop.Age[p] - 18, 0, PopulationAssumptions.PayYearsCap);
        var fullTime = pop.HoursPerWeek[p] >= 35 ? PopulationAssumptions.PayFullTime : 0;
        var youth = Math.Max(0, PopulationAssumptions.AdultMinimumWageAge - pop.Age[p]) * PopulationAssumptions.PayYouth;
        return -youth + PopulationAssumptions.PayEducation * (int)pop.Education[p] + PopulationAssumptions.PayPerYear * years + fullTime
            + context.Draws.Normal(DrawStream.PayNoise, p);
    }
}

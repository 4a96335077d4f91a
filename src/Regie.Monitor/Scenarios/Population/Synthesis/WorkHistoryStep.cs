namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// Years with ≥ 208 paid hours before and since 2016 (the WW duration inputs), the baseline WW recipients' months
/// left and prior wage (assumptions history.attachment and ww.baseline-stock).
/// </summary>
internal static class WorkHistoryStep
{
    private const int NewRulesFrom = 2016;

    public static void Run(SynthesisContext context)
    {
        var pop = context.Population;
        var draws = context.Draws;
        var national = ResolvedPay.National(context.Targets);
        var hoursShares = context.Targets.Labour.EmployedByHours.Select(f => f.Value).ToArray();
        context.ForEach(pop.PersonCount, p =>
        {
            if (pop.Age[p] < 18)
            {
                return;
            }

            var born = context.Year - pop.Age[p];
            var from = born + 18;
            var last = Math.Min(context.Year, born + PopulationAssumptions.AowAge - 1);
            var attachment = Attachment(pop.Status[p]);
            var fictitious = Math.Max(0, Math.Min(PopulationAssumptions.FictitiousHistoryUntil, last + 1) - from);
            var before = Years(draws, DrawStream.HistoryBefore, p, Span(Math.Max(from, PopulationAssumptions.FictitiousHistoryUntil), Math.Min(last, NewRulesFrom - 1)), attachment);
            var sinceAvailable = Span(Math.Max(from, NewRulesFrom), last);
            var since = Years(draws, DrawStream.HistorySince, p, sinceAvailable, attachment);
            pop.YearsBefore2016[p] = (byte)Math.Min(byte.MaxValue, fictitious + before);
            pop.YearsSince2016[p] = (byte)since;

            if (pop.Status[p] == LabourStatus.UnemployedWw)
            {
                var entitlement = EntitlementMonths(fictitious + before, since, sinceAvailable);
                pop.WwMonthsLeft[p] = (byte)draws.Between(DrawStream.WwMonths, p, 1, entitlement);
                var hours = PriorHours(draws, p, hoursShares);
                var hourly = Math.Max(national.Quantile(draws.OpenUniform(DrawStream.PriorWage, p)), PayStep.MinimumHourlyWage(pop.Age[p]));
                pop.PriorWageCents[p] = PayStep.MonthlyCents(hourly, hours);
            }
        });
    }

    /// <summary>
    /// WW entitlement in whole months (art. 42 WW as in the domain note): a month per year before 2016 and per year
    /// up to the tenth, half a month per later year from 2016; 3 to 24 months; 3 months without the 4-of-5-years
    /// condition (approximated as at least 80 % of the years since 2016 worked).
    /// </summary>
    internal static int EntitlementMonths(int yearsBefore, int yearsSince, int yearsSinceAvailable)
    {
        var jareneis = yearsSinceAvailable > 0 && yearsSince >= 0.8 * Math.Min(yearsSinceAvailable, 5) && yearsSince >= Math.Min(4, yearsSinceAvailable);
        if (!jareneis)
        {
            return 3;
        }

        var firstTen = Math.Min(yearsSince, Math.Max(0, 10 - yearsBefore));
        var months = yearsBefore + firstTen + 0.5 * (yearsSince - firstTen);
        return Math.Clamp((int)Math.Floor(months), 3, 24);
    }

    private static int Span(int first, int last) => Math.Max(0, last - first + 1);

    /// <summary>Binomial(n, a) by its normal approximation, rounded and kept in [0, n].</summary>
    private static int Years(Draws draws, DrawStream stream, int person, int n, double a) =>
        n == 0 ? 0 : Math.Clamp((int)Math.Round(n * a + Math.Sqrt(n * a * (1 - a)) * draws.Normal(stream, person)), 0, n);

    private static double Attachment(LabourStatus status) => status switch
    {
        LabourStatus.Employee => PopulationAssumptions.AttachmentEmployee,
        LabourStatus.UnemployedWw => PopulationAssumptions.AttachmentWw,
        LabourStatus.SelfEmployed => PopulationAssumptions.AttachmentSelfEmployed,
        LabourStatus.ChildOrStudent => PopulationAssumptions.AttachmentStudent,
        LabourStatus.Retired => PopulationAssumptions.AttachmentRetired,
        _ => PopulationAssumptions.AttachmentLow,
    };

    private static int PriorHours(Draws draws, int person, double[] bandShares)
    {
        var u = draws.Uniform(DrawStream.PriorHours, person) * bandShares.Sum();
        return u < bandShares[0] ? draws.Between(DrawStream.HoursWithinBand, person, PopulationAssumptions.ShortHoursMin, 19)
            : u < bandShares[0] + bandShares[1] ? draws.Between(DrawStream.HoursWithinBand, person, 20, 34)
            : PopulationAssumptions.FullTimeHours[draws.Between(DrawStream.HoursWithinBand, person, 0, PopulationAssumptions.FullTimeHours.Length - 1)].Hours;
    }
}

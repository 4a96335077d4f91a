using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>The distribution statistics of one year's standardised incomes, person-weighted.</summary>
internal readonly record struct DistributionIndicators(double Mean, double Median, double Gini, double? S80S20, double PovertyRate, double PovertyRateAnchored, double PovertyLine)
{
    public static DistributionIndicators Of(IncomeDistribution d, double anchoredLine)
    {
        var line = PovertyLines.RelativePovertyLine(d);
        return new DistributionIndicators(
            d.Mean(),
            d.Median(),
            d.Gini().Value,
            d.S80S20().Ratio,
            d.Poverty(line).HeadcountRate,
            d.Poverty(anchoredLine).HeadcountRate,
            line);
    }

    public Indicators ToIndicators(in YearTotals t) => new(
        t.EmployeesInWork,
        t.SelfEmployed,
        t.HitNotWorking,
        t.HoursCut,
        t.WwRecipients,
        t.WwCents / 100,
        t.TwRecipients,
        t.TwCents / 100,
        t.BijstandHouseholds,
        t.BijstandCents / 100,
        t.TaxCents / 100,
        t.GrossWageCents / 100,
        Mean,
        Median,
        Gini,
        S80S20,
        PovertyRate,
        PovertyRateAnchored,
        PovertyLine);
}

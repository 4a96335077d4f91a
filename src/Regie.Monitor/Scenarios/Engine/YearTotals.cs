namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Weighted totals of one simulated year (persons as yearly averages of monthly stocks; money in eurocents).
/// Chunks of households each fill their own and are added up in chunk order, so sums are reproducible.
/// </summary>
internal struct YearTotals
{
    public double EmployeesInWork;
    public double SelfEmployed;
    public double HitNotWorking;
    public double HoursCut;
    public double WwRecipients;
    public double WwCents;
    public double TwRecipients;
    public double TwCents;
    public double BijstandHouseholds;
    public double BijstandCents;
    public double TaxCents;
    public double GrossWageCents;
    public double OtherGrossCents;
    public double CapitalCents;
    public double DisposableCents;

    public void Add(in YearTotals other)
    {
        EmployeesInWork += other.EmployeesInWork;
        SelfEmployed += other.SelfEmployed;
        HitNotWorking += other.HitNotWorking;
        HoursCut += other.HoursCut;
        WwRecipients += other.WwRecipients;
        WwCents += other.WwCents;
        TwRecipients += other.TwRecipients;
        TwCents += other.TwCents;
        BijstandHouseholds += other.BijstandHouseholds;
        BijstandCents += other.BijstandCents;
        TaxCents += other.TaxCents;
        GrossWageCents += other.GrossWageCents;
        OtherGrossCents += other.OtherGrossCents;
        CapitalCents += other.CapitalCents;
        DisposableCents += other.DisposableCents;
    }
}

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>The pay quartiles a group is calibrated to and where they come from (assumption pay.earlier-year-fallback).</summary>
/// <param name="Distribution">Hourly pay quartiles (euros, excl. holiday allowance).</param>
/// <param name="SourceId">Source id of the quartiles.</param>
/// <param name="Table">Table id.</param>
/// <param name="Period">Period, with the basis when it is not the group's own 2024 figure.</param>
internal sealed record ResolvedPay(PayDistribution Distribution, string SourceId, string Table, string Period)
{
    /// <summary>
    /// Pay for every group, in the order of <paramref name="targets"/>.Occupations: its own quartiles when
    /// published; else its segment's, class's or all employees' earlier-year quartiles × the uprating factor.
    /// </summary>
    public static IReadOnlyList<ResolvedPay> For(PopulationTargets targets)
    {
        var earlier = targets.EarlierPay.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var uprating = Uprating(targets);
        return targets.Occupations.Select(o =>
        {
            if (o.Pay is { } pay)
            {
                return new ResolvedPay(new(pay.P25.Value, pay.P50.Value, pay.P75.Value), pay.P50.SourceId, pay.P50.Table, pay.P50.Period);
            }

            var basis = new[] { o.Code, o.SegmentCode, o.ClassCode, "Totaal" }.First(code => earlier.ContainsKey(code));
            var old = earlier[basis].Pay;
            var label = basis == "Totaal" ? "all employees" : $"BRC {basis}";
            return new ResolvedPay(
                new PayDistribution(old.P25.Value, old.P50.Value, old.P75.Value).Times(uprating),
                old.P50.SourceId,
                old.P50.Table,
                FormattableString.Invariant($"{old.P50.Period}, {label}, ×{uprating:0.000}"));
        }).ToList();
    }

    /// <summary>All employees' earlier-year quartiles, uprated (the pay of baseline WW recipients' lost jobs).</summary>
    public static PayDistribution National(PopulationTargets targets)
    {
        var total = targets.EarlierPay.First(p => p.Code == "Totaal").Pay;
        return new PayDistribution(total.P25.Value, total.P50.Value, total.P75.Value).Times(Uprating(targets));
    }

    /// <summary>Median over groups with both years of P50(latest) / P50(earlier); 1 when no group has both.</summary>
    public static double Uprating(PopulationTargets targets)
    {
        var earlier = targets.EarlierPay.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var ratios = targets.Occupations
            .Where(o => o.Pay is not null && earlier.ContainsKey(o.Code))
            .Select(o => o.Pay!.P50.Value / earlier[o.Code].Pay.P50.Value) // Pay is not null by the filter.
            .Order()
            .ToArray();
        return ratios.Length == 0 ? 1
            : ratios.Length % 2 == 1 ? ratios[ratios.Length / 2]
            : (ratios[ratios.Length / 2 - 1] + ratios[ratios.Length / 2]) / 2;
    }
}

using Regie.Monitor.Scenarios.Engine;
using Regie.Web.Components.Charts;

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// Lines over the years from a result: the baseline and the scenario mean per year, and the scenario's p5–p95 band
/// across draws (baseline + the draws' 5th and 95th percentile change) when the run had more than one draw.
/// </summary>
internal static class ResultSeries
{
    /// <param name="uncertaintyName">The indicator's name in <see cref="ScenarioResult.Uncertainty"/>, or null when it has no band.</param>
    public static IEnumerable<TimePoint> Of(ScenarioResult result, string series, Func<Indicators, double> value, string? uncertaintyName, string baseline, string scenario)
    {
        var bands = uncertaintyName is null
            ? new Dictionary<int, UncertaintyRow>()
            : result.Uncertainty.Where(u => u.Indicator == uncertaintyName).ToDictionary(u => u.Year);
        foreach (var year in result.Years)
        {
            var b = value(year.Baseline);
            yield return new TimePoint(year.Year, series, baseline, b);
            yield return bands.TryGetValue(year.Year, out var band)
                ? new TimePoint(year.Year, series, scenario, value(year.Scenario), b + band.P5, b + band.P95)
                : new TimePoint(year.Year, series, scenario, value(year.Scenario));
        }
    }

    /// <summary>The band of one indicator in one year, or null.</summary>
    public static UncertaintyRow? Band(ScenarioResult result, string indicator, int year) =>
        result.Uncertainty.FirstOrDefault(u => u.Indicator == indicator && u.Year == year);
}

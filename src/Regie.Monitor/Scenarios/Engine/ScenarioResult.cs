namespace Regie.Monitor.Scenarios.Engine;

// The scenario lab's read model: the JSON schema of `regie scenario run --json`, the API and the exports.

/// <summary>Everything a run produced, with the manifest that makes it reproducible.</summary>
/// <param name="Manifest">Engine, data, law, population, scenario and seeds behind every figure.</param>
/// <param name="Years">Baseline, scenario and change per calendar year (scenario values are means over draws).</param>
/// <param name="Deciles">Change by baseline decile of standardised household income in the last year (baseline-fixed membership).</param>
/// <param name="Occupations">Employees hit and employment change per occupation group, most hit first.</param>
/// <param name="Sectors">Employees hit per NACE section.</param>
/// <param name="HouseholdTypes">Income change and winners/losers per household type in the last year.</param>
/// <param name="Uncertainty">Allocation uncertainty across draws of the headline changes, per year (empty for one draw).</param>
/// <param name="BaselineDecileBounds">Upper bounds of baseline deciles 1–9 (standardised income, euros), to place any household.</param>
public sealed record ScenarioResult(
    RunManifest Manifest,
    IReadOnlyList<YearResult> Years,
    IReadOnlyList<DecileChangeRow> Deciles,
    IReadOnlyList<OccupationImpact> Occupations,
    IReadOnlyList<SectorImpact> Sectors,
    IReadOnlyList<GroupChange> HouseholdTypes,
    IReadOnlyList<UncertaintyRow> Uncertainty,
    IReadOnlyList<double> BaselineDecileBounds);

/// <summary>One calendar year.</summary>
public sealed record YearResult(int Year, Indicators Baseline, Indicators Scenario, WhoPays WhoPays);

/// <summary>
/// Indicators of one year. Persons and households are yearly averages of monthly stocks (weighted); money in
/// euros per year; incomes are standardised disposable household income (CBS equivalence scale) per person.
/// S80S20 is null when the bottom quintile has no positive income.
/// </summary>
public sealed record Indicators(
    double EmployeesInWork,
    double SelfEmployed,
    double DisplacedWithoutWork,
    double OnReducedHours,
    double WwRecipients,
    double WwSpending,
    double TwRecipients,
    double TwSpending,
    double BijstandHouseholds,
    double BijstandSpending,
    double IncomeTax,
    double GrossWages,
    double MeanIncome,
    double MedianIncome,
    double Gini,
    double? S80S20,
    double PovertyRate,
    double PovertyRateAnchored,
    double PovertyLine);

/// <summary>
/// Who pays the change against the baseline in one year, in euros (positive = more spending or less revenue):
/// the unemployment fund (AWf) for WW, central government for Toeslagenwet top-ups, municipalities (BUIG budget)
/// for bijstand, and central government again for income tax and premiums not received.
/// </summary>
public sealed record WhoPays(double UnemploymentFund, double CentralGovernmentTw, double Municipalities, double LostTax)
{
    public double Total => UnemploymentFund + CentralGovernmentTw + Municipalities + LostTax;
}

/// <summary>Change for one baseline decile (persons ranked by baseline standardised income, never re-ranked).</summary>
/// <param name="RelativeChange">Σw·Δy / Σw·y_base; null when the decile's baseline income sum is not positive.</param>
public sealed record DecileChangeRow(
    int Decile,
    double BaselineMean,
    double ScenarioMean,
    double AbsoluteChange,
    double? RelativeChange,
    double GainMoreThan1Percent,
    double LossMoreThan1Percent,
    double LossMoreThan5Percent);

/// <summary>One occupation group's share of the shock.</summary>
public sealed record OccupationImpact(string Code, string Title, double Employees, double Exposure, bool ExposureImputed, double Hit, double HitShare);

/// <summary>Employees hit in one NACE section.</summary>
public sealed record SectorImpact(string Code, string Title, double Employees, double Hit, double HitShare);

/// <summary>Income change of a group of persons (by their household) in the last year.</summary>
public sealed record GroupChange(string Group, double Persons, double BaselineMean, double ScenarioMean, double? RelativeChange, double Losers, double Winners);

/// <summary>Spread of an indicator's change over the draws: mean, sd, 5th and 95th percentile, Monte Carlo standard error.</summary>
public sealed record UncertaintyRow(int Year, string Indicator, double Mean, double StandardDeviation, double P5, double P95, double StandardError);

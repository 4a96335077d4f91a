namespace Regie.Data.Scenarios.SqlModel;

/// <summary>
/// One year of a pass of the SQL model: weighted totals (persons as yearly averages of monthly stocks, money in
/// eurocents) and the person-weighted distribution of standardised disposable household income (euros).
/// </summary>
internal sealed record SqlYear(
    int Year,
    double EmployeesInWork,
    double HitNotWorking,
    double WwRecipients,
    double WwCents,
    double TwRecipients,
    double TwCents,
    double BijstandHouseholds,
    double BijstandCents,
    double TaxCents,
    double DisposableCents,
    double Mean,
    double Median,
    double Gini,
    double PovertyLine,
    double PovertyRate,
    double PovertyRateAnchored);

/// <summary>One household's income in one year of the last pass.</summary>
internal readonly record struct SqlIncome(int Year, int Household, long DisposableCents, double Standardised);

/// <summary>A draw of the SQL model: the baseline year and the scenario's years.</summary>
internal sealed record SqlDraw(SqlYear Baseline, IReadOnlyList<SqlYear> Scenario);

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// Why a household has the income it has, in the baseline and in the scenario: the chain of events and rules
/// (with legal references) that the reference engine went through, month by month where something changed.
/// </summary>
/// <param name="Household">Index of the household in the population (0 for a hypothetical household).</param>
/// <param name="Members">Who lives there.</param>
/// <param name="Baseline">The baseline chain.</param>
/// <param name="Scenario">The scenario chain (same records, the draw's shock applied).</param>
/// <param name="Years">Income per year in both, with the household's position in the baseline deciles.</param>
public sealed record HouseholdExplanation(
    int Household,
    IReadOnlyList<ExplainedMember> Members,
    IReadOnlyList<ExplainStep> Baseline,
    IReadOnlyList<ExplainStep> Scenario,
    IReadOnlyList<ExplainedYear> Years);

/// <summary>A member as the engine sees them.</summary>
public sealed record ExplainedMember(int Person, int Age, string Role, string Status, string Education, string? Occupation, decimal MonthlyWage, int HoursPerWeek, int YearsBefore2016, int YearsSince2016);

/// <summary>
/// One step of the chain. <paramref name="Month"/> is the 0-based month of the horizon (null for the household as a
/// whole or for a yearly step), <paramref name="Year"/> the 0-based year for yearly steps.
/// </summary>
public sealed record ExplainStep(int? Month, int? Year, int? Person, string Rule, string Text, decimal? Value, string Unit, string LegalReference, string Status);

/// <summary>The household's standardised disposable income in one year, baseline and scenario.</summary>
/// <param name="BaselineDecile">Decile of the baseline income among all persons (1–10); null for a hypothetical household.</param>
/// <param name="ScenarioDecile">Decile of the scenario income against the baseline's decile bounds; null for a hypothetical household.</param>
public sealed record ExplainedYear(int Year, long BaselineDisposableCents, long ScenarioDisposableCents, double BaselineStandardised, double ScenarioStandardised, int? BaselineDecile, int? ScenarioDecile);

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>One row of an occupation or sector table: weighted employees, employees hit, and the exposure used (occupations only).</summary>
public sealed record ImpactRow(string Label, double Employees, double Hit, double HitShare, string? Exposure);

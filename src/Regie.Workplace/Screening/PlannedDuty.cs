namespace Regie.Workplace.Screening;

/// <summary>What the duty planner needs to know about a system and its organisation beyond the screening.</summary>
/// <param name="MonitoringCapable">Suitable for observing or checking attendance, behaviour or performance
/// (WOR art. 27(1)(l)); see <c>AiSystem.MonitoringCapable</c>.</param>
/// <param name="HasWorksCouncil">The organisation has a works council (ondernemingsraad).</param>
public sealed record SystemFacts(bool MonitoringCapable, bool HasWorksCouncil);

/// <summary>A duty to track for a system: its kind, whether it gates use, and a due date when the law sets one.</summary>
/// <param name="BeforeUse">True when the duty must be met before the system is piloted or goes live.</param>
/// <param name="DueDate">A legally grounded date, or null: see <see cref="DutyPlanner"/>.</param>
public sealed record PlannedDuty(DutyKind Kind, bool BeforeUse, DateOnly? DueDate);

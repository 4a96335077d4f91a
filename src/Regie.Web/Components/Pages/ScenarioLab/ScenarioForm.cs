namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// The scenario lab's parameter form. Every value posts as text, so what was typed comes back unchanged beside its
/// error; shares are typed as percentages (7 for 7 %) with a comma or a point. <see cref="ScenarioFormText"/> turns it
/// into a scenario text that <see cref="Monitor.Scenarios.Spec.ScenarioReader"/> checks, so the form and the API
/// share one set of rules. Public because the field components take it as a parameter.
/// </summary>
public sealed class ScenarioForm
{
    /// <summary>"run" or "save": which button was pressed.</summary>
    public string? Action { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? LawDate { get; set; }

    public string? StartYear { get; set; }

    public string? HorizonYears { get; set; }

    public string? ExposureIndex { get; set; }

    public string? Incidence { get; set; }

    public string? Margin { get; set; }

    public string? DisplacementShare { get; set; }

    public string? MixedLambda { get; set; }

    public string? HoursCutShare { get; set; }

    /// <summary>Cumulative percentages per year, separated by spaces or semicolons ("25 50 75 100").</summary>
    public string? PhaseIn { get; set; }

    public string? SurvivorWageGrowth { get; set; }

    public string? Hazard1524 { get; set; }

    public string? Hazard2534 { get; set; }

    public string? Hazard3544 { get; set; }

    public string? Hazard4554 { get; set; }

    public string? Hazard55Aow { get; set; }

    public string? EducationLow { get; set; }

    public string? EducationMiddle { get; set; }

    public string? EducationHigh { get; set; }

    public string? TrainingUplift { get; set; }

    public string? WageFactor { get; set; }

    public string? TakeUpWw { get; set; }

    public string? TakeUpTw { get; set; }

    public string? TakeUpBijstand { get; set; }

    public string? Draws { get; set; }

    public string? Seed { get; set; }

    public bool IsSave => string.Equals(Action, "save", StringComparison.Ordinal);
}

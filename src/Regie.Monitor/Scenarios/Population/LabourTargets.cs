namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Labour-market stocks: the Labour Force Survey's population 15–74 and employed persons (CBS 85224NED, persons in
/// private households) and the benefit stocks of the social security statistics (37789ksz, annual averages).
/// Lists by education are in the order low, middle, high; by hours: under 20, 20 to 35, 35 or more per week.
/// </summary>
public sealed record LabourTargets(
    Figure Population15To74,
    IReadOnlyList<Figure> PopulationByEducation,
    Figure Employed,
    Figure Employees,
    Figure SelfEmployed,
    Figure SelfEmployedWithoutStaff,
    Figure SelfEmployedWithStaff,
    IReadOnlyList<Figure> EmployedByHours,
    IReadOnlyList<Figure> EmployedByEducation,
    Figure AowBenefits,
    Figure WwBenefits,
    Figure BijstandBelowAowAge,
    Figure BijstandFromAowAge)
{
    /// <summary>The calendar year of the labour figures (the year the synthetic labour market describes).</summary>
    public int Year => int.Parse(Employed.Period[..4], System.Globalization.CultureInfo.InvariantCulture);
}

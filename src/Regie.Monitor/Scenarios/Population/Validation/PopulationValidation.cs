namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>
/// Compares a synthetic population with the targets it was calibrated to: one row per calibrated marginal (target,
/// weighted synthetic value, difference, source, tolerance, within tolerance?) and the full list of assumptions.
/// </summary>
public static class PopulationValidation
{
    /// <summary>The validation report of <paramref name="population"/> against <paramref name="targets"/>.</summary>
    public static PopulationReport Report(SyntheticPopulation population, PopulationTargets targets)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(targets);
        var rows = new ReportRows(population);
        HouseholdRows.Add(rows, targets);
        LabourRows.Add(rows, targets);
        OccupationRows.Add(rows, targets);
        SectorRegionRows.AddSectors(rows, targets);
        SectorRegionRows.AddProvinces(rows, targets);
        PayIncomeRows.AddPay(rows, targets);
        PayIncomeRows.AddIncome(rows, targets);
        var households = population.Weight.Sum();
        return new PopulationReport(population.Info, targets.ContentHash, households, population.WeightedPersons(), rows.Rows, PopulationAssumptions.All);
    }
}

namespace Regie.Monitor.Scenarios.Population;

/// <summary>Port: the published figures the synthetic population is calibrated to (implemented by Regie.Data from data/).</summary>
public interface IPopulationTargetsSource
{
    /// <summary>
    /// Reads the figures from the shipped data, building the analytical store first when the data changed.
    /// A malformed data file is an exception that names the file, row and column.
    /// </summary>
    Task<PopulationTargets> LoadAsync(CancellationToken cancellationToken);
}

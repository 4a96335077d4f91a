namespace Regie.Core.Reference;

/// <summary>Port: gives the reference tables from the analytical store (implemented by Regie.Data).</summary>
public interface IReferenceDataSource
{
    /// <summary>Loads the reference tables, building the store first when the shipped data changed.</summary>
    Task<ReferenceData> LoadAsync(CancellationToken cancellationToken);
}

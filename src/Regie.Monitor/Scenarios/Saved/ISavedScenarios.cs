namespace Regie.Monitor.Scenarios.Saved;

/// <summary>Where saved scenarios are kept (the operational database; Regie.Storage implements it).</summary>
public interface ISavedScenarios
{
    /// <summary>The saved scenario with this id, or null.</summary>
    Task<SavedScenario?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Keeps a scenario; saving an id that is already kept changes nothing (the id is a hash of the text).</summary>
    /// <returns>True when it was new.</returns>
    Task<bool> AddAsync(SavedScenario scenario, CancellationToken cancellationToken);
}

/// <summary>A scenario kept under a short, permanent id: the first 12 hexadecimal digits of the SHA-256 of its canonical JSON.</summary>
/// <param name="Id">12 lower-case hexadecimal digits.</param>
/// <param name="Json">The canonical JSON (<see cref="Spec.ScenarioWriter.ToJson"/>), as hashed.</param>
/// <param name="CreatedAt">When it was first saved.</param>
public sealed record SavedScenario(string Id, string Json, DateTimeOffset CreatedAt);

using Microsoft.EntityFrameworkCore;
using Regie.Monitor.Scenarios.Saved;

namespace Regie.Storage.Scenarios;

/// <summary>Saved scenarios in the operational database (table SavedScenarios).</summary>
internal sealed class SavedScenarioStore(RegieDbContext db) : ISavedScenarios
{
    public Task<SavedScenario?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.SavedScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<bool> AddAsync(SavedScenario scenario, CancellationToken cancellationToken)
    {
        if (await db.SavedScenarios.AnyAsync(s => s.Id == scenario.Id, cancellationToken))
            return false;
        db.SavedScenarios.Add(scenario);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another request may have saved the same scenario between the check and the insert: same id, same text.
            db.Entry(scenario).State = EntityState.Detached;
            if (await db.SavedScenarios.AsNoTracking().AnyAsync(s => s.Id == scenario.Id, cancellationToken))
                return false;
            throw;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Pulse;

/// <summary>Asks the vault for a survey's published table. Callers check the permission first.</summary>
internal static class PulseTables
{
    /// <summary>The waves of a survey in the order they are shown: the baseline first, then by creation.</summary>
    public static async Task<IReadOnlyList<PulseWave>> WavesAsync(IWorkplaceDb db, Guid surveyId, CancellationToken ct) =>
        [.. (await db.PulseWaves.AsNoTracking().Where(w => w.SurveyId == surveyId).ToListAsync(ct))
            .OrderBy(w => w.Kind).ThenBy(w => w.CreatedAt).ThenBy(w => w.Id)];

    /// <summary>The worker groups that received links in any wave of the survey, by name.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> GroupsAsync(IWorkplaceDb db, Guid surveyId, CancellationToken ct)
    {
        var waves = db.PulseWaves.Where(w => w.SurveyId == surveyId).Select(w => w.Id);
        var ids = db.PulseLinkBatches.Where(b => waves.Contains(b.WaveId)).Select(b => b.WorkerGroupId).Distinct();
        var groups = await db.WorkerGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        return [.. groups.OrderBy(g => g.Name, StringComparer.CurrentCulture).ThenBy(g => g.Id).Select(g => (g.Id, g.Name))];
    }

    /// <summary>The suppressed table of every wave × group and every wave's total.</summary>
    public static async Task<PulseTable> ReadAsync(IWorkplaceDb db, IPulseVault vault, PulseSurvey survey, CancellationToken ct)
    {
        var waves = await WavesAsync(db, survey.Id, ct);
        var groups = await GroupsAsync(db, survey.Id, ct);
        var request = new AggregationRequest(
            InstrumentFile.Current,
            new AnonymityRules(survey.K, survey.MinDistinctAnswers),
            [.. waves.Select(w => new WaveToAggregate(w.Id, w.Kind == WaveKind.Baseline))],
            [.. groups.Select(g => g.Id)]);
        return await vault.AggregateAsync(survey.OrganisationId, request, ct);
    }
}

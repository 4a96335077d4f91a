using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Pulse;

/// <summary>A survey in the list: its AI system and waves.</summary>
public sealed record PulseSurveyRow(Guid Id, Guid AiSystemId, string AiSystemName, int K, int Waves);

/// <summary>A wave as the dashboard shows it, with the links issued per worker group.</summary>
public sealed record PulseWaveRow(Guid Id, string Label, WaveKind Kind, WaveStatus Status, IReadOnlyDictionary<Guid, int> LinksIssued);

/// <summary>
/// Everything the pulse dashboard shows: the same for the steward, management and the works council (parity). Only
/// suppressed aggregates, changes between published cells, thresholds and flags; never a response.
/// </summary>
public sealed record PulseDashboard(
    PulseSurvey Survey,
    string AiSystemName,
    IReadOnlyList<PulseWaveRow> Waves,
    IReadOnlyList<(Guid Id, string Name)> WorkerGroups,
    IReadOnlyList<(Guid Id, string Name)> AffectedGroups,
    PulseTable Table,
    IReadOnlyList<DimensionChange> Changes,
    IReadOnlyList<PulseThreshold> Thresholds,
    IReadOnlyList<PulseFlag> Flags);

/// <summary>Reading pulse results (aggregates only).</summary>
public sealed class PulseQueries(IWorkplaceDb db, ITenantScope scope, IPulseVault vault)
{
    public async Task<Result<IReadOnlyList<PulseSurveyRow>>> ListAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewPulseResults) is { } denied)
        {
            return denied;
        }

        var rows = await db.PulseSurveys.AsNoTracking()
            .Join(db.AiSystems, s => s.AiSystemId, a => a.Id, (s, a) => new { s.Id, s.AiSystemId, a.Name, s.K })
            .Select(s => new PulseSurveyRow(s.Id, s.AiSystemId, s.Name, s.K, db.PulseWaves.Count(w => w.SurveyId == s.Id)))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.AiSystemName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The dashboard of a survey, optionally for some worker groups (rows of the fixed table).</summary>
    public async Task<Result<PulseDashboard>> DashboardAsync(Guid surveyId, IReadOnlyCollection<Guid>? groups, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewPulseResults) is { } denied)
        {
            return denied;
        }

        if (await db.PulseSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, ct) is not { } survey)
        {
            return new WorkplaceNotFound("Pulse survey", surveyId);
        }

        var waves = await PulseTables.WavesAsync(db, surveyId, ct);
        var waveIds = waves.Select(w => w.Id).ToList();
        var batches = await db.PulseLinkBatches.AsNoTracking().Where(b => waveIds.Contains(b.WaveId)).ToListAsync(ct);
        var table = await PulseTables.ReadAsync(db, vault, survey, ct);
        var baseline = waves.FirstOrDefault(w => w.Kind == WaveKind.Baseline);
        var changes = baseline is null ? [] : PulseChanges.From(table, baseline.Id);
        var affected = await db.AiSystems.Where(s => s.Id == survey.AiSystemId).SelectMany(s => s.WorkerGroups)
            .Join(db.WorkerGroups, l => l.WorkerGroupId, g => g.Id, (l, g) => new { g.Id, g.Name }).ToListAsync(ct);
        var filter = groups is { Count: > 0 } ? groups : null;
        return new PulseDashboard(
            survey,
            await db.AiSystems.Where(s => s.Id == survey.AiSystemId).Select(s => s.Name).FirstAsync(ct),
            [.. waves.Select(w => new PulseWaveRow(w.Id, w.Label, w.Kind, w.Status,
                batches.Where(b => b.WaveId == w.Id).GroupBy(b => b.WorkerGroupId).ToDictionary(g => g.Key, g => g.Sum(b => b.Count))))],
            [.. (await PulseTables.GroupsAsync(db, surveyId, ct)).Where(g => filter is null || filter.Contains(g.Id))],
            [.. affected.OrderBy(g => g.Name, StringComparer.CurrentCulture).Select(g => (g.Id, g.Name))],
            table.Only(filter),
            [.. changes.Where(c => filter is null || c.WorkerGroupId is null || filter.Contains(c.WorkerGroupId.Value))],
            await db.PulseThresholds.AsNoTracking().Where(t => t.SurveyId == surveyId).OrderBy(t => t.CreatedAt).ToListAsync(ct),
            await db.PulseFlags.AsNoTracking().Where(f => f.SurveyId == surveyId).OrderBy(f => f.RaisedAt).ToListAsync(ct));
    }

    /// <summary>The AI systems a steward can start a pulse for (name only; the steward does not see the register).</summary>
    public async Task<Result<IReadOnlyList<(Guid Id, string Name)>>> SystemsAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        var systems = await db.AiSystems.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return systems.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => (s.Id, s.Name)).ToList();
    }

    /// <summary>The flags raised for an AI system: the signal for the consultation feature to reopen consultation.</summary>
    public async Task<Result<IReadOnlyList<PulseFlag>>> FlagsForSystemAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewPulseResults) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        return await db.PulseFlags.AsNoTracking().Where(f => f.AiSystemId == aiSystemId).OrderBy(f => f.RaisedAt).ToListAsync(ct);
    }
}

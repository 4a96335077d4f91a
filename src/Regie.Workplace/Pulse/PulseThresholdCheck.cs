using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Measures;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Pulse;

/// <summary>
/// Compares a closed follow-up wave with the baseline and raises a <see cref="PulseFlag"/> for every threshold a
/// published cell crosses (point estimate of the change), with an "update the RI&amp;E" measure for the prevention
/// officer (Arbowet art. 5 [verify wording]). Called by <see cref="PulseWaves"/> after the steward's permission check.
/// </summary>
public sealed class PulseThresholdCheck(IWorkplaceDb db, IPulseVault vault, TimeProvider time)
{
    internal async Task<IReadOnlyList<PulseFlag>> RunAsync(PulseWave wave, CancellationToken ct)
    {
        var survey = await db.PulseSurveys.FirstAsync(s => s.Id == wave.SurveyId, ct);
        var baseline = await db.PulseWaves.Where(w => w.SurveyId == survey.Id && w.Kind == WaveKind.Baseline).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        var rules = await db.PulseThresholds.Where(t => t.SurveyId == survey.Id).ToListAsync(ct);
        if (baseline is null || rules.Count == 0)
        {
            return [];
        }

        var changes = PulseChanges.From(await PulseTables.ReadAsync(db, vault, survey, ct), baseline.Value).Where(c => c.ToWave == wave.Id).ToList();
        var existing = await db.PulseFlags.Where(f => f.WaveId == wave.Id).Select(f => new { f.ThresholdId, f.WorkerGroupId }).ToListAsync(ct);
        var raised = new List<PulseFlag>();
        foreach (var rule in rules)
        {
            foreach (var change in changes.Where(c => c.Dimension == rule.Dimension && Crosses(rule, c)))
            {
                if (existing.Any(e => e.ThresholdId == rule.Id && e.WorkerGroupId == change.WorkerGroupId))
                {
                    continue;
                }

                raised.Add(await RaiseAsync(survey, wave, rule, change, ct));
            }
        }

        await db.SaveChangesAsync(ct);
        return raised;
    }

    /// <summary>True when the change goes the threshold's way by at least its amount.</summary>
    public static bool Crosses(PulseThreshold rule, DimensionChange change)
    {
        var value = rule.Indicator == PulseIndicator.ShareHigh ? change.SharePoints.Estimate : change.Mean.Estimate;
        return rule.Direction == ChangeDirection.Rise ? value >= rule.Amount : value <= -rule.Amount;
    }

    private async Task<PulseFlag> RaiseAsync(PulseSurvey survey, PulseWave wave, PulseThreshold rule, DimensionChange change, CancellationToken ct)
    {
        var dimension = InstrumentFile.Current.Dimension(rule.Dimension)?.Name.Nl ?? rule.Dimension;
        var group = change.WorkerGroupId is { } g
            ? await db.WorkerGroups.Where(w => w.Id == g).Select(w => w.Name).FirstAsync(ct)
            : "alle groepen";
        var value = rule.Indicator == PulseIndicator.ShareHigh ? change.SharePoints.Estimate : change.Mean.Estimate;
        var flagId = Guid.NewGuid();
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            OrganisationId = survey.OrganisationId,
            AiSystemId = survey.AiSystemId,
            Title = $"RI&E en PSA-beleid bijwerken na peiling {wave.Label}: {dimension}",
            Description = $"De peiling '{wave.Label}' laat bij {group} een verandering zien op '{dimension}' van {value:+0.0;-0.0} " +
                $"{(rule.Indicator == PulseIndicator.ShareHigh ? "procentpunt" : "schaalpunt")} ten opzichte van de nulmeting. " +
                "Werk de risico-inventarisatie en het beleid voor psychosociale arbeidsbelasting bij.",
            Source = MeasureSource.Other,
            SourceId = flagId,
            VerifiedBy = "Preventiemedewerker",
            CreatedAt = time.GetUtcNow(),
        };
        var flag = new PulseFlag
        {
            Id = flagId,
            OrganisationId = survey.OrganisationId,
            AiSystemId = survey.AiSystemId,
            SurveyId = survey.Id,
            ThresholdId = rule.Id,
            WaveId = wave.Id,
            WorkerGroupId = change.WorkerGroupId,
            Dimension = rule.Dimension,
            Change = value,
            RaisedAt = time.GetUtcNow(),
            MeasureId = measure.Id,
        };
        db.Measures.Add(measure);
        db.PulseFlags.Add(flag);
        return flag;
    }
}

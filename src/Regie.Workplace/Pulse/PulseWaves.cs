using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Pulse;

/// <summary>The survey steward's waves: add, open and close them, and issue anonymous single-use links per worker group.</summary>
public sealed class PulseWaves(IWorkplaceDb db, ITenantScope scope, IPulseVault vault, PulseThresholdCheck thresholds, TimeProvider time)
{
    /// <summary>The most links one request issues.</summary>
    public const int MaxLinksPerRequest = 1000;

    /// <summary>Adds a wave in draft and its (closed) ballot box; a survey has one baseline.</summary>
    public async Task<Result<PulseWave>> AddAsync(Guid surveyId, WaveRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (await db.PulseSurveys.FirstOrDefaultAsync(s => s.Id == surveyId, ct) is not { } survey)
        {
            return new WorkplaceNotFound("Pulse survey", surveyId);
        }

        var check = new Validation().Require("Label", request.Label, 100, "Name of the wave")
            .Check(Enum.IsDefined(request.Kind), "Kind", "Choose before or after deployment.");
        if (request.Kind == WaveKind.Baseline && await db.PulseWaves.AnyAsync(w => w.SurveyId == surveyId && w.Kind == WaveKind.Baseline, ct))
        {
            check.Add("Kind", "This survey already has a baseline wave (T0).");
        }

        if (!check.IsValid)
        {
            return check.ToError();
        }

        var wave = new PulseWave
        {
            Id = Guid.NewGuid(),
            OrganisationId = survey.OrganisationId,
            SurveyId = surveyId,
            Label = request.Label!.Trim(), // required
            Kind = request.Kind,
            CreatedAt = time.GetUtcNow(),
        };
        db.PulseWaves.Add(wave);
        var organisation = await db.Organisations.Select(o => o.Name).FirstAsync(ct);
        var system = await db.AiSystems.Where(s => s.Id == survey.AiSystemId).Select(s => s.Name).FirstAsync(ct);
        await db.SaveChangesAsync(ct);
        await vault.CreateBallotBoxAsync(
            new BallotBox(wave.OrganisationId, wave.Id, organisation, system, wave.Kind == WaveKind.Baseline, survey.InstrumentVersion), ct);
        return wave;
    }

    /// <summary>Opens a draft wave: its links can be used from now on.</summary>
    public Task<Result<PulseWave>> OpenAsync(Guid waveId, CancellationToken ct) => MoveAsync(waveId, WaveStatus.Open, ct);

    /// <summary>Closes an open wave and checks the thresholds against the baseline.</summary>
    public Task<Result<PulseWave>> CloseAsync(Guid waveId, CancellationToken ct) => MoveAsync(waveId, WaveStatus.Closed, ct);

    /// <summary>Issues single-use links for a worker group affected by the survey's AI system; returns the secrets once.</summary>
    public async Task<Result<IssuedLinks>> IssueLinksAsync(Guid waveId, LinksRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (await db.PulseWaves.FirstOrDefaultAsync(w => w.Id == waveId, ct) is not { } wave)
        {
            return new WorkplaceNotFound("Pulse wave", waveId);
        }

        if (wave.Status == WaveStatus.Closed)
        {
            return new WaveClosed(waveId);
        }

        var system = await db.PulseSurveys.Where(s => s.Id == wave.SurveyId).Select(s => s.AiSystemId).FirstAsync(ct);
        var affected = await db.AiSystems.Where(s => s.Id == system)
            .SelectMany(s => s.WorkerGroups).AnyAsync(g => g.WorkerGroupId == request.WorkerGroupId, ct);
        var check = new Validation()
            .Check(affected, "WorkerGroupId", "Choose a worker group affected by this AI system.")
            .Check(request.Count is >= 1 and <= MaxLinksPerRequest, "Count", $"Issue 1 to {MaxLinksPerRequest} links at a time.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var tokens = Enumerable.Range(0, request.Count).Select(_ => PulseToken.New()).ToList();
        await vault.AddLinksAsync(wave.OrganisationId, wave.Id, request.WorkerGroupId, [.. tokens.Select(PulseToken.Hash)], ct);
        db.PulseLinkBatches.Add(new PulseLinkBatch
        {
            Id = Guid.NewGuid(),
            OrganisationId = wave.OrganisationId,
            WaveId = wave.Id,
            WorkerGroupId = request.WorkerGroupId,
            Count = request.Count,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return new IssuedLinks(wave.Id, request.WorkerGroupId, tokens);
    }

    private async Task<Result<PulseWave>> MoveAsync(Guid waveId, WaveStatus to, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManagePulse) is { } denied)
        {
            return denied;
        }

        if (await db.PulseWaves.FirstOrDefaultAsync(w => w.Id == waveId, ct) is not { } wave)
        {
            return new WorkplaceNotFound("Pulse wave", waveId);
        }

        if ((wave.Status, to) is not ((WaveStatus.Draft, WaveStatus.Open) or (WaveStatus.Open, WaveStatus.Closed)))
        {
            return new WaveMoveNotAllowed(wave.Status, to);
        }

        wave.Status = to;
        if (to == WaveStatus.Open)
        {
            wave.OpenedAt = time.GetUtcNow();
        }
        else
        {
            wave.ClosedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        await vault.SetOpenAsync(wave.OrganisationId, wave.Id, to == WaveStatus.Open, ct);
        if (to == WaveStatus.Closed && wave.Kind == WaveKind.FollowUp)
        {
            await thresholds.RunAsync(wave, ct);
        }

        return wave;
    }
}

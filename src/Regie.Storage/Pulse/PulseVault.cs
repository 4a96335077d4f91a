using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Aggregation;

namespace Regie.Storage.Pulse;

/// <summary>
/// <see cref="IPulseVault"/> on <see cref="PulseVaultDbContext"/>. Responses are read only inside
/// <see cref="AggregateAsync"/> and leave it as the suppressed table.
/// </summary>
internal sealed class PulseVault(PulseVaultDbContext db) : IPulseVault
{
    public async Task CreateBallotBoxAsync(BallotBox box, CancellationToken ct)
    {
        db.BallotBoxes.Add(new VaultBallotBox
        {
            WaveId = box.WaveId,
            OrganisationId = box.OrganisationId,
            OrganisationName = box.OrganisationName,
            SystemName = box.SystemName,
            Baseline = box.Baseline,
            InstrumentVersion = box.InstrumentVersion,
        });
        await db.SaveChangesAsync(ct);
    }

    public Task SetOpenAsync(Guid organisationId, Guid waveId, bool open, CancellationToken ct) =>
        db.BallotBoxes.Where(b => b.OrganisationId == organisationId && b.WaveId == waveId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Open, open), ct);

    public async Task AddLinksAsync(Guid organisationId, Guid waveId, Guid workerGroupId, IReadOnlyList<string> tokenHashes, CancellationToken ct)
    {
        if (!await db.BallotBoxes.AnyAsync(b => b.OrganisationId == organisationId && b.WaveId == waveId, ct))
        {
            throw new InvalidOperationException($"Wave {waveId} has no ballot box in the vault.");
        }

        db.Links.AddRange(tokenHashes.Select(h => new VaultLink { TokenHash = h, OrganisationId = organisationId, WaveId = waveId, WorkerGroupId = workerGroupId }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<Ballot?> FindAsync(string tokenHash, CancellationToken ct)
    {
        var found = await db.Links.AsNoTracking().Where(l => l.TokenHash == tokenHash)
            .Join(db.BallotBoxes, l => l.WaveId, b => b.WaveId, (l, b) => new { l.Used, Box = b })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new Ballot(
            new BallotBox(found.Box.OrganisationId, found.Box.WaveId, found.Box.OrganisationName, found.Box.SystemName, found.Box.Baseline, found.Box.InstrumentVersion),
            found.Box.Open,
            found.Used);
    }

    public async Task<BallotOutcome> SubmitAsync(string tokenHash, IReadOnlyDictionary<string, int> answers, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var link = await db.Links.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == tokenHash, ct);
        if (link is null)
        {
            return BallotOutcome.UnknownLink;
        }

        if (!await db.BallotBoxes.AnyAsync(b => b.WaveId == link.WaveId && b.Open, ct))
        {
            return BallotOutcome.WaveNotOpen;
        }

        // Spend the link first and only if unused, in the same transaction: two submissions at once count once.
        var spent = await db.Links.Where(l => l.TokenHash == tokenHash && !l.Used).ExecuteUpdateAsync(s => s.SetProperty(l => l.Used, true), ct);
        if (spent == 0)
        {
            return BallotOutcome.AlreadyUsed;
        }

        var id = Guid.NewGuid(); // version 4: random, so the id does not reveal when the response came in
        db.Responses.Add(new VaultResponse
        {
            Id = id,
            OrganisationId = link.OrganisationId,
            WaveId = link.WaveId,
            WorkerGroupId = link.WorkerGroupId,
            Answers = [.. answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new VaultAnswer { ResponseId = id, ItemCode = a.Key, Value = a.Value })],
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return BallotOutcome.Counted;
    }

    public Task<bool> HasResponsesAsync(Guid organisationId, IReadOnlyList<Guid> waveIds, CancellationToken ct) =>
        db.Responses.AnyAsync(r => r.OrganisationId == organisationId && waveIds.Contains(r.WaveId), ct);

    public async Task<PulseTable> AggregateAsync(Guid organisationId, AggregationRequest request, CancellationToken ct)
    {
        var waves = request.Waves.Select(w => w.Id).ToList();
        var rows = await db.Responses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.OrganisationId == organisationId && waves.Contains(r.WaveId))
            .ToListAsync(ct);
        var responses = rows.Select(r => new AnonymousResponse(r.WaveId, r.WorkerGroupId,
            r.Answers.ToDictionary(a => a.ItemCode, a => a.Value, StringComparer.Ordinal))).ToList();
        return PulseAggregator.Aggregate(request, responses);
    }
}

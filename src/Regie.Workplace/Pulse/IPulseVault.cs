using System.Text.Json.Serialization;
using Regie.Workplace.Pulse.Aggregation;

namespace Regie.Workplace.Pulse;

/// <summary>
/// The separate store of anonymous answers (workplace domain note §5.1). It holds link hashes and responses without
/// identities, apart from the employer-side database. Nothing reads responses out of it: the only way out is
/// <see cref="AggregateAsync"/>, which returns the suppressed table. Implemented by Regie.Storage.
/// </summary>
public interface IPulseVault
{
    /// <summary>Creates the ballot box of a wave (closed until opened).</summary>
    Task CreateBallotBoxAsync(BallotBox box, CancellationToken ct);

    /// <summary>Opens or closes a wave's ballot box.</summary>
    Task SetOpenAsync(Guid organisationId, Guid waveId, bool open, CancellationToken ct);

    /// <summary>Stores the hashes of new single-use links for one worker group of a wave.</summary>
    Task AddLinksAsync(Guid organisationId, Guid waveId, Guid workerGroupId, IReadOnlyList<string> tokenHashes, CancellationToken ct);

    /// <summary>The ballot a link opens, or null for an unknown link.</summary>
    Task<Ballot?> FindAsync(string tokenHash, CancellationToken ct);

    /// <summary>Spends the link and stores the answers, in one transaction; the response keeps no trace of the link.</summary>
    Task<BallotOutcome> SubmitAsync(string tokenHash, IReadOnlyDictionary<string, int> answers, CancellationToken ct);

    /// <summary>True when any of the waves has a response (then anonymity rules can only be tightened).</summary>
    Task<bool> HasResponsesAsync(Guid organisationId, IReadOnlyList<Guid> waveIds, CancellationToken ct);

    /// <summary>The published table: aggregated and suppressed inside the vault with <see cref="PulseAggregator"/>.</summary>
    Task<PulseTable> AggregateAsync(Guid organisationId, AggregationRequest request, CancellationToken ct);
}

/// <summary>What the answer page needs to show, copied into the vault when the wave is created.</summary>
public sealed record BallotBox(Guid OrganisationId, Guid WaveId, string OrganisationName, string SystemName, bool Baseline, string InstrumentVersion);

/// <summary>What a link opens: the wave's ballot box and whether the link is still unused.</summary>
public sealed record Ballot(BallotBox Box, bool Open, bool Used);

/// <summary>The outcome of handing in answers. The numbers only order the outcomes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BallotOutcome>))]
public enum BallotOutcome
{
    Counted = 1,
    UnknownLink = 2,
    AlreadyUsed = 3,
    WaveNotOpen = 4,
}

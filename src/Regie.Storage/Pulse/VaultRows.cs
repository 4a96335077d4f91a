namespace Regie.Storage.Pulse;

/// <summary>A wave's ballot box: what the answer page shows, and whether answers are taken.</summary>
internal sealed class VaultBallotBox
{
    public Guid WaveId { get; init; }

    public Guid OrganisationId { get; init; }

    public required string OrganisationName { get; init; }

    public required string SystemName { get; init; }

    public bool Baseline { get; init; }

    public required string InstrumentVersion { get; init; }

    public bool Open { get; set; }
}

/// <summary>A single-use link, by the SHA-256 hash of its secret. No creation or use time: times could be matched to people.</summary>
internal sealed class VaultLink
{
    public required string TokenHash { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid WaveId { get; init; }

    public Guid WorkerGroupId { get; init; }

    public bool Used { get; set; }
}

/// <summary>One response: wave and group only. No link, no time, a random (version 4) id.</summary>
internal sealed class VaultResponse
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid WaveId { get; init; }

    public Guid WorkerGroupId { get; init; }

    public List<VaultAnswer> Answers { get; init; } = [];
}

/// <summary>The answer to one item.</summary>
internal sealed class VaultAnswer
{
    public Guid ResponseId { get; init; }

    public required string ItemCode { get; init; }

    public int Value { get; init; }
}

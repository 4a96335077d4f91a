namespace Regie.Workplace.Pulse.Aggregation;

/// <summary>
/// One response as the vault reads it for aggregation: the wave, the worker group and the answers by item code. It
/// carries no identity, link or time. Only the vault creates these, and only <see cref="PulseAggregator"/> reads
/// them, inside the vault; they never reach a use case, page or endpoint.
/// </summary>
public sealed record AnonymousResponse(Guid WaveId, Guid WorkerGroupId, IReadOnlyDictionary<string, int> Answers);

/// <summary>A wave to aggregate, in the order waves are shown; a baseline wave asks fewer dimensions.</summary>
public sealed record WaveToAggregate(Guid Id, bool Baseline);

/// <summary>What to aggregate and with which anonymity rules (k and the minimum of distinct answers).</summary>
public sealed record AggregationRequest(
    Instrument.PulseInstrument Instrument,
    AnonymityRules Rules,
    IReadOnlyList<WaveToAggregate> Waves,
    IReadOnlyList<Guid> WorkerGroups);

namespace Regie.Workplace.Register;

/// <summary>
/// A condition a lifecycle move must meet, beyond the move being allowed at all. Gates are registered in dependency
/// injection; each part adds its own (screening here, consultation and notices with the adoption workflow), and a
/// move happens only when every gate that applies is met.
/// </summary>
public interface ILifecycleGate
{
    /// <summary>Short stable name, used in messages, the API and tests.</summary>
    string Name { get; }

    /// <summary>True when this gate guards moves into <paramref name="target"/> from <paramref name="from"/>.</summary>
    bool Guards(AiSystemStatus from, AiSystemStatus target);

    /// <summary>Checks the gate for a system; the result lists what is still missing.</summary>
    Task<GateResult> CheckAsync(AiSystem system, CancellationToken ct);
}

/// <summary>The outcome of one gate: met, or what is missing (codes that hosts translate).</summary>
public sealed record GateResult(string Gate, IReadOnlyList<GateIssue> Missing)
{
    public bool IsMet => Missing.Count == 0;

    public static GateResult Met(string gate) => new(gate, []);
}

/// <summary>
/// One thing a gate still misses. <paramref name="Code"/> is stable ("screening-missing", "duty-open");
/// <paramref name="Subject"/> names what it is about (a duty kind, a status), for the host's message.
/// </summary>
public sealed record GateIssue(string Code, string? Subject = null);

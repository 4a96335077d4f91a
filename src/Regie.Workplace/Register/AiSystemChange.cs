namespace Regie.Workplace.Register;

/// <summary>
/// What an edit changed about an AI system that matters for work: its version, purpose, data or worker groups
/// (domain note §2 ChangeEvent). Features that must react (a validated job impact assessment reopens) implement
/// <see cref="IAiSystemChangeHook"/>.
/// </summary>
public sealed record AiSystemChange(bool Version, bool Purpose, bool Data, bool WorkerGroups)
{
    public bool Any => Version || Purpose || Data || WorkerGroups;

    /// <summary>The changed fields, in English, for records and the audit log.</summary>
    public string Describe() => string.Join(", ", new[]
    {
        Version ? "version" : null, Purpose ? "purpose" : null, Data ? "data" : null, WorkerGroups ? "worker groups" : null,
    }.OfType<string>());

    /// <summary>The fields <paramref name="after"/> differs from <paramref name="before"/> in.</summary>
    public static AiSystemChange Between(AiSystemSnapshot before, AiSystemSnapshot after) => new(
        !string.Equals(before.Version, after.Version, StringComparison.Ordinal),
        !string.Equals(before.Purpose, after.Purpose, StringComparison.Ordinal),
        !string.Equals(before.DataUsed, after.DataUsed, StringComparison.Ordinal),
        !before.WorkerGroupIds.SetEquals(after.WorkerGroupIds));
}

/// <summary>The fields of an AI system an <see cref="AiSystemChange"/> compares.</summary>
public sealed record AiSystemSnapshot(string? Version, string Purpose, string? DataUsed, IReadOnlySet<Guid> WorkerGroupIds)
{
    public static AiSystemSnapshot Of(AiSystem system) =>
        new(system.Version, system.Purpose, system.DataUsed, system.WorkerGroups.Select(g => g.WorkerGroupId).ToHashSet());
}

/// <summary>Called when a saved edit changed an AI system's version, purpose, data or worker groups, before saving.</summary>
public interface IAiSystemChangeHook
{
    /// <summary>Reacts to the change; its changes are saved together with the edit.</summary>
    Task OnChangedAsync(AiSystem system, AiSystemChange change, CancellationToken ct);
}

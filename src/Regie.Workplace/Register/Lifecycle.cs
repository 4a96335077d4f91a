using System.Collections.Frozen;
using Regie.Workplace.People;
using static Regie.Workplace.Register.AiSystemStatus;

namespace Regie.Workplace.Register;

/// <summary>
/// The allowed lifecycle moves of an AI system and the permission each needs (workplace domain note §3).
/// Whether a move may happen now is decided by the gates (<see cref="ILifecycleGate"/>) on top of this table.
/// </summary>
public static class Lifecycle
{
    private static readonly FrozenDictionary<(AiSystemStatus From, AiSystemStatus To), Permission> Moves =
        new Dictionary<(AiSystemStatus, AiSystemStatus), Permission>
        {
            [(Idea, Intake)] = Permission.MoveLifecycle,
            [(Intake, AiSystemStatus.Screening)] = Permission.MoveLifecycle,
            [(AiSystemStatus.Screening, ImpactAssessment)] = Permission.MoveLifecycle,
            [(ImpactAssessment, AiSystemStatus.Consultation)] = Permission.MoveLifecycle,
            [(AiSystemStatus.Consultation, Decision)] = Permission.MoveLifecycle,
            [(Decision, Preparation)] = Permission.DecideLifecycle,
            [(Preparation, Pilot)] = Permission.DecideLifecycle,
            [(Preparation, Live)] = Permission.DecideLifecycle,
            [(Pilot, Live)] = Permission.DecideLifecycle,
            [(Live, Monitoring)] = Permission.MoveLifecycle,
            [(Live, Change)] = Permission.MoveLifecycle,
            [(Monitoring, Change)] = Permission.MoveLifecycle,
            [(Change, AiSystemStatus.Screening)] = Permission.MoveLifecycle,
            [(Change, AiSystemStatus.Consultation)] = Permission.MoveLifecycle,
            [(Pilot, Suspended)] = Permission.DecideLifecycle,
            [(Live, Suspended)] = Permission.DecideLifecycle,
            [(Monitoring, Suspended)] = Permission.DecideLifecycle,
            [(Suspended, Live)] = Permission.DecideLifecycle,
            [(Idea, Decommissioned)] = Permission.DecideLifecycle,
            [(Intake, Decommissioned)] = Permission.DecideLifecycle,
            [(AiSystemStatus.Screening, Decommissioned)] = Permission.DecideLifecycle,
            [(ImpactAssessment, Decommissioned)] = Permission.DecideLifecycle,
            [(AiSystemStatus.Consultation, Decommissioned)] = Permission.DecideLifecycle,
            [(Decision, Decommissioned)] = Permission.DecideLifecycle,
            [(Preparation, Decommissioned)] = Permission.DecideLifecycle,
            [(Pilot, Decommissioned)] = Permission.DecideLifecycle,
            [(Live, Decommissioned)] = Permission.DecideLifecycle,
            [(Monitoring, Decommissioned)] = Permission.DecideLifecycle,
            [(Suspended, Decommissioned)] = Permission.DecideLifecycle,
            [(Blocked, Decommissioned)] = Permission.DecideLifecycle,
        }.ToFrozenDictionary();

    /// <summary>The permission a move needs, or null when the move is not in the lifecycle at all.</summary>
    public static Permission? PermissionFor(AiSystemStatus from, AiSystemStatus to) =>
        Moves.TryGetValue((from, to), out var permission) ? permission : null;

    /// <summary>The statuses reachable from <paramref name="from"/> by one move, in lifecycle order.</summary>
    public static IReadOnlyList<AiSystemStatus> NextFrom(AiSystemStatus from) =>
        [.. Moves.Keys.Where(k => k.From == from).Select(k => k.To).Order()];

    /// <summary>True for the statuses in which the system affects workers for real (a pilot with real effects is use).</summary>
    public static bool IsInUse(this AiSystemStatus status) => status is Pilot or Live or Monitoring;
}

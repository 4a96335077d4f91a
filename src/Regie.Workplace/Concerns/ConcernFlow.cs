using static Regie.Workplace.Concerns.ConcernStatus;

namespace Regie.Workplace.Concerns;

/// <summary>
/// The moves of a concern: Received → UnderInvestigation → Answered → Closed; an answered case may be investigated
/// again (for instance after the raiser replies). Closing needs an answer first, so nobody is left without one.
/// </summary>
public static class ConcernFlow
{
    private static readonly HashSet<(ConcernStatus From, ConcernStatus To)> Moves =
    [
        (Received, UnderInvestigation),
        (UnderInvestigation, Answered),
        (Answered, UnderInvestigation),
        (Answered, Closed),
    ];

    /// <summary>True when a concern in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(ConcernStatus from, ConcernStatus to) => Moves.Contains((from, to));

    /// <summary>The statuses reachable in one move, in order.</summary>
    public static IReadOnlyList<ConcernStatus> NextFrom(ConcernStatus from) =>
        [.. Moves.Where(m => m.From == from).Select(m => m.To).Order()];
}

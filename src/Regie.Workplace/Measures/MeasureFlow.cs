using static Regie.Workplace.Measures.MeasureStatus;

namespace Regie.Workplace.Measures;

/// <summary>
/// The moves a measure may make: Todo → InProgress → InReview → Done or NotImplemented (with a reason); a review
/// may send it back to InProgress. Works-council verification comes on top of Done and is not a status.
/// </summary>
public static class MeasureFlow
{
    private static readonly HashSet<(MeasureStatus From, MeasureStatus To)> Moves =
    [
        (Todo, InProgress),
        (Todo, NotImplemented),
        (InProgress, InReview),
        (InProgress, NotImplemented),
        (InReview, InProgress),
        (InReview, Done),
        (InReview, NotImplemented),
        (Done, InProgress),
    ];

    /// <summary>True when a measure in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(MeasureStatus from, MeasureStatus to) => Moves.Contains((from, to));

    /// <summary>The statuses reachable in one move, in order.</summary>
    public static IReadOnlyList<MeasureStatus> NextFrom(MeasureStatus from) =>
        [.. Moves.Where(m => m.From == from).Select(m => m.To).Order()];
}

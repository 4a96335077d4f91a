using Regie.Workplace.People;
using static Regie.Workplace.Requests.DecisionRequestStatus;

namespace Regie.Workplace.Requests;

/// <summary>Who makes a move: a handler (<see cref="Permission.HandleRequests"/>) or the requester themself.</summary>
public enum RequestMover
{
    Handler,
    Requester,
}

/// <summary>
/// The request state machine of the workplace domain note §3: Received → Acknowledged → InHumanReview → Answered →
/// {Closed | Appealed → Closed}. The requester appeals or accepts the answer; handlers make the other moves.
/// </summary>
public static class DecisionRequestFlow
{
    private static readonly Dictionary<(DecisionRequestStatus From, DecisionRequestStatus To), RequestMover[]> Moves = new()
    {
        [(Received, Acknowledged)] = [RequestMover.Handler],
        [(Acknowledged, InHumanReview)] = [RequestMover.Handler],
        [(InHumanReview, Answered)] = [RequestMover.Handler],
        [(Answered, Closed)] = [RequestMover.Requester, RequestMover.Handler],
        [(Answered, Appealed)] = [RequestMover.Requester],
        [(Appealed, Closed)] = [RequestMover.Handler],
    };

    /// <summary>True when <paramref name="mover"/> may move a request from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(DecisionRequestStatus from, DecisionRequestStatus to, RequestMover mover) =>
        Moves.TryGetValue((from, to), out var movers) && movers.Contains(mover);

    /// <summary>The statuses <paramref name="mover"/> can reach in one move, in order.</summary>
    public static IReadOnlyList<DecisionRequestStatus> NextFrom(DecisionRequestStatus from, RequestMover mover) =>
        [.. Moves.Where(m => m.Key.From == from && m.Value.Contains(mover)).Select(m => m.Key.To).Order()];
}

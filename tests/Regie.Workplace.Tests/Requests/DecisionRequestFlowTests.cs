using Regie.Workplace.Requests;
using static Regie.Workplace.Requests.DecisionRequestStatus;
using static Regie.Workplace.Requests.RequestMover;

namespace Regie.Workplace.Tests.Requests;

public sealed class DecisionRequestFlowTests
{
    public static TheoryData<DecisionRequestStatus, DecisionRequestStatus, RequestMover, bool> Moves => new()
    {
        { Received, Acknowledged, Handler, true },
        { Received, Acknowledged, Requester, false },
        { Received, InHumanReview, Handler, false },
        { Received, Answered, Handler, false },
        { Acknowledged, InHumanReview, Handler, true },
        { Acknowledged, Answered, Handler, false },
        { InHumanReview, Answered, Handler, true },
        { InHumanReview, Answered, Requester, false },
        { Answered, Closed, Requester, true },
        { Answered, Closed, Handler, true },
        { Answered, Appealed, Requester, true },
        { Answered, Appealed, Handler, false },
        { Appealed, Closed, Handler, true },
        { Appealed, Closed, Requester, false },
        { Closed, Appealed, Requester, false },
        { Closed, Received, Handler, false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_request_moves_only_along_the_flow_and_by_the_right_person(
        DecisionRequestStatus from, DecisionRequestStatus to, RequestMover mover, bool allowed) =>
        Assert.Equal(allowed, DecisionRequestFlow.CanMove(from, to, mover));

    [Fact]
    public void Nothing_leaves_closed() =>
        Assert.All(Enum.GetValues<RequestMover>(), m => Assert.Empty(DecisionRequestFlow.NextFrom(Closed, m)));

    [Fact]
    public void The_requester_decides_between_accepting_and_appealing_an_answer() =>
        Assert.Equal([Closed, Appealed], DecisionRequestFlow.NextFrom(Answered, Requester));
}

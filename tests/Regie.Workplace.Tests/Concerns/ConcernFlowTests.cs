using Regie.Workplace.Concerns;
using static Regie.Workplace.Concerns.ConcernStatus;

namespace Regie.Workplace.Tests.Concerns;

public sealed class ConcernFlowTests
{
    public static TheoryData<ConcernStatus, ConcernStatus, bool> Moves => new()
    {
        { Received, UnderInvestigation, true },
        { Received, Answered, false },
        { Received, Closed, false },
        { UnderInvestigation, Answered, true },
        { UnderInvestigation, Closed, false },
        { UnderInvestigation, Received, false },
        { Answered, UnderInvestigation, true },
        { Answered, Closed, true },
        { Closed, UnderInvestigation, false },
        { Closed, Received, false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_concern_moves_only_along_the_flow(ConcernStatus from, ConcernStatus to, bool allowed) =>
        Assert.Equal(allowed, ConcernFlow.CanMove(from, to));

    [Fact]
    public void Nothing_leaves_closed() => Assert.Empty(ConcernFlow.NextFrom(Closed));

    [Fact]
    public void Nobody_is_left_without_an_answer_because_only_an_answered_case_can_close() =>
        Assert.All(Enum.GetValues<ConcernStatus>().Where(s => s != Answered),
            s => Assert.False(ConcernFlow.CanMove(s, Closed)));
}

using Regie.Workplace.Measures;
using static Regie.Workplace.Measures.MeasureStatus;

namespace Regie.Workplace.Tests.Measures;

public sealed class MeasureFlowTests
{
    public static TheoryData<MeasureStatus, MeasureStatus, bool> Moves => new()
    {
        { Todo, InProgress, true },
        { Todo, Done, false },
        { Todo, InReview, false },
        { Todo, NotImplemented, true },
        { InProgress, InReview, true },
        { InProgress, Done, false },
        { InReview, Done, true },
        { InReview, InProgress, true },
        { Done, InProgress, true },
        { Done, Todo, false },
        { NotImplemented, InProgress, false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_measure_moves_only_along_the_flow(MeasureStatus from, MeasureStatus to, bool allowed) =>
        Assert.Equal(allowed, MeasureFlow.CanMove(from, to));

    [Fact]
    public void Nothing_leaves_not_implemented() => Assert.Empty(MeasureFlow.NextFrom(NotImplemented));

    [Theory]
    [InlineData(Done, false, false, true)]
    [InlineData(Done, true, false, false)]
    [InlineData(Done, true, true, true)]
    [InlineData(InReview, true, true, false)]
    [InlineData(NotImplemented, true, false, true)]
    public void A_works_council_condition_is_settled_only_once_the_works_council_verified_it(
        MeasureStatus status, bool needsVerification, bool verified, bool settled)
    {
        var measure = new Measure
        {
            Title = "Werkdruk meten na drie maanden",
            Status = status,
            NeedsWorksCouncilVerification = needsVerification,
            WorksCouncilVerifiedAt = verified ? new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero) : null,
        };

        Assert.Equal(settled, measure.IsSettled);
    }
}

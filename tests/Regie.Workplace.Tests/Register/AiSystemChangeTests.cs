using Regie.Workplace.Register;

namespace Regie.Workplace.Tests.Register;

public sealed class AiSystemChangeTests
{
    private static readonly Guid GroupA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid GroupB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static readonly AiSystemSnapshot Before = new("1.0", "Planning rosters", "rosters", new HashSet<Guid> { GroupA });

    public static TheoryData<AiSystemSnapshot, string> Changes => new()
    {
        { Before with { Version = "2.0" }, "version" },
        { Before with { Purpose = "Planning rosters and appraising staff" }, "purpose" },
        { Before with { DataUsed = "rosters, sales per hour" }, "data" },
        { Before with { WorkerGroupIds = new HashSet<Guid> { GroupA, GroupB } }, "worker groups" },
        { Before with { WorkerGroupIds = new HashSet<Guid>() }, "worker groups" },
        { Before with { Version = null }, "version" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_names_the_field_that_changed(AiSystemSnapshot after, string described)
    {
        var change = AiSystemChange.Between(Before, after);

        Assert.True(change.Any);
        Assert.Equal(described, change.Describe());
    }

    [Fact]
    public void The_same_fields_in_another_order_are_no_change()
    {
        var before = Before with { WorkerGroupIds = new HashSet<Guid> { GroupA, GroupB } };
        var after = Before with { WorkerGroupIds = new HashSet<Guid> { GroupB, GroupA } };

        Assert.False(AiSystemChange.Between(before, after).Any);
    }
}

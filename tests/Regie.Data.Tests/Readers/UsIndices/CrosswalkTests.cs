using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class CrosswalkTests
{
    [Fact]
    public void Lists_each_target_once_in_ordinal_order()
    {
        var crosswalk = Crosswalk.From([("a", "3"), ("a", "1"), ("a", "3"), ("b", "2")]);

        Assert.Equal(["1", "3"], crosswalk.TargetsOf("a"));
    }

    [Fact]
    public void Gives_no_targets_for_an_unknown_code()
    {
        var crosswalk = Crosswalk.From([("a", "1")]);

        Assert.Empty(crosswalk.TargetsOf("z"));
    }

    [Fact]
    public void Composes_through_every_intermediate_code()
    {
        var first = Crosswalk.From([("a", "x"), ("a", "y"), ("b", "y"), ("c", "q")]);
        var second = Crosswalk.From([("x", "1"), ("y", "2"), ("y", "1")]);

        var composed = first.Then(second);

        Assert.Equal(["1", "2"], composed.TargetsOf("a"));
        Assert.Equal(["1", "2"], composed.TargetsOf("b"));
        Assert.Empty(composed.TargetsOf("c"));
        Assert.Equal(2, composed.SourceCount);
    }
}

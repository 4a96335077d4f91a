using Regie.Core.Exposure;

namespace Regie.Core.Tests.Exposure;

public sealed class IloClassLabelsTests
{
    [Fact]
    public void Reads_every_2025_label_it_writes()
    {
        foreach (var value in IloClassLabels.All2025)
        {
            Assert.True(IloClassLabels.TryParse2025(value.SourceLabel(), out var parsed));
            Assert.Equal(value, parsed);
        }
    }

    [Fact]
    public void Maps_the_misspelt_2023_label_of_the_source()
    {
        Assert.True(IloClassLabels.TryParse2023("The Big Uknown", out var parsed));

        Assert.Equal(Ilo2023Class.BigUnknown, parsed);
    }

    [Fact]
    public void Rejects_an_unknown_label() =>
        Assert.False(IloClassLabels.TryParse2025("Exposed: Gradient 5", out _));

    [Fact]
    public void Finds_indices_by_id_in_any_case()
    {
        Assert.True(ExposureIndexInfo.TryFind("ILO-2025", out var info));

        Assert.Equal(ExposureIndex.Ilo2025, info.Index);
        Assert.False(ExposureIndexInfo.TryFind("webb", out _));
    }
}

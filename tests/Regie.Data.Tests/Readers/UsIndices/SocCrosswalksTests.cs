using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class SocCrosswalksTests : IDisposable
{
    private readonly DataFolderCopy _copy = DataFolderCopy.Of(
        [SocCrosswalks.BlsFile, SocCrosswalks.Onet2019File, SocCrosswalks.Onet2010File]);

    [Fact]
    public void Links_soc_2018_occupations_split_out_of_residual_soc_2010_codes()
    {
        // O*NET-SOC 2010 15-1199.02 (a part of SOC 2010 15-1199) went to SOC 2018 15-1252.
        var crosswalks = SocCrosswalks.Read(_copy.Data);

        Assert.Superset(crosswalks.Soc2010ToIsco.TargetsOf("15-1199").ToHashSet(),
            crosswalks.Soc2018ToIsco.TargetsOf("15-1252").ToHashSet());
    }

    [Fact]
    public void Trims_bls_soc_codes_and_keeps_partial_matches()
    {
        // 11-1011 chief executives: three partial (*) links in the BLS sheet.
        var crosswalks = SocCrosswalks.Read(_copy.Data);

        Assert.Equal(["1112", "1113", "1120"], crosswalks.Soc2010ToIsco.TargetsOf("11-1011"));
    }

    [Fact]
    public void Leaves_out_links_to_three_digit_minor_groups()
    {
        // BLS links 19-2099 only to minor group 211.
        var crosswalks = SocCrosswalks.Read(_copy.Data);

        Assert.Empty(crosswalks.Soc2010ToIsco.TargetsOf("19-2099"));
    }

    [Fact]
    public void Routes_onet_soc_2019_through_soc_2018_and_soc_2010()
    {
        var crosswalks = SocCrosswalks.Read(_copy.Data);

        Assert.Equal(crosswalks.Soc2018ToIsco.TargetsOf("15-1252"), crosswalks.OnetSoc2019ToIsco.TargetsOf("15-1252.00"));
        Assert.Contains("2512", crosswalks.OnetSoc2019ToIsco.TargetsOf("15-1252.00"));
    }

    public void Dispose() => _copy.Dispose();
}

using Regie.Documents.Tables;

namespace Regie.Documents.Tests.Tables;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("risicos", "risicos")]
    [InlineData("a-very-long-table-id-that-goes-on-and-on", "a-very-long-table-id-that-goes-")]
    [InlineData("q1/q2: [draft]?", "q1-q2- -draft--")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("   ", "table")]
    public void Makes_a_valid_sheet_name(string wanted, string expected)
    {
        Assert.Equal(expected, new SheetNames().Claim(wanted));
    }

    [Fact]
    public void Numbers_names_that_clash_without_regard_to_case_and_keeps_them_within_31_characters()
    {
        var names = new SheetNames();

        Assert.Equal("Inhoud", names.Claim("Inhoud"));
        Assert.Equal("inhoud-2", names.Claim("inhoud"));
        Assert.Equal("a-very-long-table-id-that-goes-", names.Claim("a-very-long-table-id-that-goes-on"));
        Assert.Equal("a-very-long-table-id-that-goe-2", names.Claim("a-very-long-table-id-that-goes-on-too"));
    }
}

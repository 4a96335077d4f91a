using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class TaskTextTests
{
    [Theory]
    [InlineData("  Direct or coordinate\tan organization's  budget.\r\n", "direct or coordinate an organization's budget.")]
    [InlineData("Confer with board members.", "confer with board members.")]
    [InlineData("   ", "")]
    public void Lower_cases_trims_and_collapses_whitespace(string text, string expected)
    {
        Assert.Equal(expected, TaskText.Normalise(text));
    }
}

using Regie.Core.Classifications;

namespace Regie.Core.Tests.Classifications;

public sealed class IscoCodeTests
{
    [Theory]
    [InlineData("2512", 4)]
    [InlineData("0110", 4)]
    [InlineData("25", 2)]
    [InlineData(" 7 ", 1)]
    public void Parses_codes_of_every_level(string text, int level)
    {
        var code = IscoCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("25a1")]
    [InlineData(null)]
    public void Rejects_text_that_is_not_a_code(string? text) =>
        Assert.False(IscoCode.TryParse(text, out _));

    [Fact]
    public void Restores_the_leading_zero_a_spreadsheet_dropped() =>
        Assert.Equal("0110", IscoCode.UnitGroupFromNumber(110).Value);

    [Fact]
    public void Gives_the_group_at_a_coarser_level()
    {
        var code = IscoCode.Parse("2512");

        Assert.Equal("25", code.AtLevel(2).Value);
        Assert.Equal("2", code.MajorGroup.Value);
    }

    [Fact]
    public void Refuses_a_finer_level_than_its_own() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IscoCode.Parse("25").AtLevel(3));
}

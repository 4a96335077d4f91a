using Regie.Workplace.Literacy;

namespace Regie.Workplace.Tests.Literacy;

public sealed class LiteracyInstrumentTests
{
    private static LiteracyInstrument Instrument => LiteracyInstrument.Shipped;

    [Fact]
    public void Every_code_has_a_meaning_and_statements_in_both_languages()
    {
        Assert.All(CompetenceCode.All, code =>
        {
            Assert.Contains(Instrument.Statements, s => s.Code == code);
            Assert.False(string.IsNullOrWhiteSpace(Instrument.CodeTexts[code].Nl));
            Assert.False(string.IsNullOrWhiteSpace(Instrument.CodeTexts[code].En));
        });
        Assert.All(Instrument.Statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Dutch) || string.IsNullOrWhiteSpace(s.English)));
    }

    [Fact]
    public void Each_statement_cites_one_item_of_the_source_once_in_order()
    {
        Assert.Equal(65, Instrument.Statements.Count);
        Assert.Equal(Enumerable.Range(1, 65), Instrument.Statements.Select(s => s.SourceItem));
        Assert.Equal(Instrument.Statements.Count, Instrument.ById.Count);
    }

    [Fact]
    public void The_pass_mark_and_version_come_from_the_file()
    {
        Assert.Equal(0.75, Instrument.PassMark);
        Assert.Equal("1.0", Instrument.Version);
        Assert.Contains("Algoritmekader", Instrument.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_up_to_a_level_asks_that_level_and_the_ones_below()
    {
        var upToBekwaam = Instrument.UpTo(LiteracyLevel.Bekwaam).Select(s => s.Code.Level).Distinct().Order();

        Assert.Equal([LiteracyLevel.Bewust, LiteracyLevel.Bekwaam], upToBekwaam);
    }

    [Theory]
    [InlineData("Bt1", LiteracyLevel.Bewust, Competence.Knowledge)]
    [InlineData("bm2", LiteracyLevel.Bekwaam, Competence.InTheOrganisation)]
    [InlineData(" Vl3 ", LiteracyLevel.Vloeiend, Competence.HandsOn)]
    [InlineData("Ex4", LiteracyLevel.Expert, Competence.LimitsAndEthics)]
    public void Codes_read_back_to_their_level_and_competence(string text, LiteracyLevel level, Competence competence)
    {
        Assert.True(CompetenceCode.TryParse(text, out var code));
        Assert.Equal(new CompetenceCode(level, competence), code);
    }

    [Theory]
    [InlineData("Bt1, Ex4,bt1", "Bt1,Ex4")]
    [InlineData("Ex4;Bm3", "Bm3,Ex4")]
    [InlineData("", "")]
    public void Code_lists_lose_duplicates_and_keep_the_codes_order(string text, string stored) =>
        Assert.Equal(stored, CompetenceCode.Join(CompetenceCode.ParseList(text)!));

    [Theory]
    [InlineData("Bt5")]
    [InlineData("Bt1,XX")]
    public void A_list_with_an_unknown_code_is_not_read(string text) => Assert.Null(CompetenceCode.ParseList(text));
}

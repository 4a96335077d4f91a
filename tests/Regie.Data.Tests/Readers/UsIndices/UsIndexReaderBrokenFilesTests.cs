using Regie.Data.Files;
using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class UsIndexReaderBrokenFilesTests
{
    [Theory]
    [InlineData("microsoft_working_with_ai/soc_ai_applicability_scores.csv", 3, "0.12102843268401459", "ai_applicability_score")]
    [InlineData("openai_gpts/occ_level.csv", 3, "0.5555555555555556", "dv_rating_beta")]
    [InlineData("anthropic_aei/task_pct_v2.csv", 4, "0.0016433246100185286", "pct")]
    public void Names_file_row_and_column_of_a_score_that_is_not_a_number(string file, int row, string value, string column)
    {
        using var copy = DataFolderCopy.Of(UsIndexReader.Files);
        copy.EditLine(file, row, value, "abc");

        var error = Assert.Throws<DataFormatException>(() => UsIndexReader.Read(copy.Data));

        Assert.Equal(file, error.File);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains("'abc' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aioe/AIOE_DataAppendix.xlsx", "AIOE", 1)]
    [InlineData("aioe/Language Modeling AIOE and AIIE.xlsx", "Language Modeling AIOE", 1)]
    [InlineData("crosswalks_bls_onet/onet_2019_to_SOC_Crosswalk.xlsx", "2018 SOC Code", 4)]
    public void Names_the_column_a_workbook_lacks(string file, string column, int headerRow)
    {
        using var copy = DataFolderCopy.Of(UsIndexReader.Files);
        copy.RenameSharedString(file, column, column + " (renamed)");

        var error = Assert.Throws<DataFormatException>(() => UsIndexReader.Read(copy.Data));

        Assert.Equal(file, error.File);
        Assert.Equal(headerRow, error.Row);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Names_a_malformed_occupation_code()
    {
        using var copy = DataFolderCopy.Of(UsIndexReader.Files);
        copy.EditLine(MicrosoftReader.File, 2, "11-1011,", "11-101,");

        var error = Assert.Throws<DataFormatException>(() => UsIndexReader.Read(copy.Data));

        Assert.Equal((MicrosoftReader.File, 2, "SOC Code"), (error.File, error.Row, error.Column));
    }

    [Fact]
    public void Rejects_an_occupation_listed_twice()
    {
        using var copy = DataFolderCopy.Of(UsIndexReader.Files);
        copy.EditLine(MicrosoftReader.File, 3, "11-1021,", "11-1011,");

        var error = Assert.Throws<DataFormatException>(() => UsIndexReader.Read(copy.Data));

        Assert.Equal((MicrosoftReader.File, 3, "SOC Code"), (error.File, error.Row, error.Column));
        Assert.Contains("first on row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_missing_file()
    {
        using var copy = DataFolderCopy.Of(UsIndexReader.Files);
        copy.Delete(AnthropicReader.StatementsFile);

        var error = Assert.Throws<DataFormatException>(() => UsIndexReader.Read(copy.Data));

        Assert.Equal(AnthropicReader.StatementsFile, error.File);
    }
}

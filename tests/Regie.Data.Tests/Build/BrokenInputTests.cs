using ClosedXML.Excel;
using Regie.Data.Files;

namespace Regie.Data.Tests.Build;

/// <summary>Broken copies of each input format: the build fails with the file, row and column, and keeps nothing half-built.</summary>
public sealed class BrokenInputTests
{
    [Fact]
    public async Task A_non_numeric_csv_value_names_file_row_and_column()
    {
        using var fixture = new DataBuildFixture();
        var file = fixture.Data.File("eurostat/ses_hourly_nace_isco_nl.csv");
        var lines = File.ReadAllLines(file);
        lines[3] = "D,OC1,twelve";
        File.WriteAllLines(file, lines);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("eurostat/ses_hourly_nace_isco_nl.csv", error.File);
        Assert.Equal(4, error.Row);
        Assert.Equal("mean_hourly_eur", error.Column);
        Assert.Contains("'twelve' is not a number", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(fixture.StorePath));
    }

    [Fact]
    public async Task A_csv_without_a_required_column_names_the_column()
    {
        using var fixture = new DataBuildFixture();
        File.WriteAllText(fixture.Data.File("eurostat/lfs_isco2_nl.csv"), "isco08,persons\nOC11,55.5\n");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal((1, "employed_thousands"), (error.Row!.Value, error.Column!));
    }

    [Fact]
    public async Task A_workbook_cell_with_text_for_a_score_names_the_row()
    {
        using var fixture = new DataBuildFixture();
        var path = fixture.Data.File("aioe/Language Modeling AIOE and AIIE.xlsx");
        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheet("LM AIOE").Cell(5, 3).Value = "high";
            workbook.Save();
        }

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("aioe/Language Modeling AIOE and AIIE.xlsx", error.File);
        Assert.Equal(5, error.Row);
        Assert.Equal("Language Modeling AIOE", error.Column);
    }

    [Fact]
    public async Task A_workbook_without_a_required_column_names_the_column()
    {
        using var fixture = new DataBuildFixture();
        var path = fixture.Data.File("ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx");
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(1);
            var header = sheet.Row(1).CellsUsed().First(c => c.GetString() == "potential25");
            header.Value = "class";
            workbook.Save();
        }

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal(("ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx", "potential25"), (error.File, error.Column!));
    }

    [Fact]
    public async Task A_truncated_xls_workbook_is_reported_as_unreadable()
    {
        using var fixture = new DataBuildFixture();
        var path = fixture.Data.File("cbs_brc/schakelschema-isco2008-brc2014.xls");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("cbs_brc/schakelschema-isco2008-brc2014.xls", error.File);
    }

    [Fact]
    public async Task A_json_field_of_the_wrong_type_names_its_path()
    {
        using var fixture = new DataBuildFixture();
        var path = fixture.Data.File("cbs_statline/cbs_85276NED_85517NED_brc_2025Q4.json");
        var text = File.ReadAllText(path);
        var at = text.IndexOf("\"jobs\": 400000", StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + "\"jobs\": \"400k\"" + text[(at + "\"jobs\": 400000".Length)..]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("occupations[0].jobs", error.Column);
    }

    [Fact]
    public async Task Malformed_json_names_the_line()
    {
        using var fixture = new DataBuildFixture();
        File.WriteAllText(fixture.Data.File("cbs_sbi/SBI_2008_upd.2019.jsonld"), "{\n  \"@graph\": [\n    { oops }\n]}");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal(("cbs_sbi/SBI_2008_upd.2019.jsonld", 3), (error.File, error.Row!.Value));
    }

    [Fact]
    public async Task A_corrupt_zip_archive_is_reported()
    {
        using var fixture = new DataBuildFixture();
        File.WriteAllText(fixture.Data.File("esco/ESCO_v1.1.1_classification_en_csv.zip"), "not a zip");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("esco/ESCO_v1.1.1_classification_en_csv.zip", error.File);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        using var fixture = new DataBuildFixture();
        File.Delete(fixture.Data.File("eurostat/lfsa_eisn2_nl_2023_2024.csv"));

        var error = await Assert.ThrowsAsync<DataFormatException>(() => fixture.BuildAsync());

        Assert.Equal("eurostat/lfsa_eisn2_nl_2023_2024.csv", error.File);
    }
}

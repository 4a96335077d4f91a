using Regie.Web.Export;

namespace Regie.Web.Tests.Export;

public sealed class ExportDocumentTests
{
    private static readonly ExportDocument Document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));

    [Fact]
    public void Names_the_file_after_the_view_and_its_period()
    {
        var name = Document.FileName(ExportFormat.Csv, Document.Tables[0]);

        Assert.Equal("regie-atlas-occupations-2025Q4.csv", name);
    }

    [Fact]
    public void Names_a_table_other_than_the_first_in_the_file_name()
    {
        var name = Document.FileName(ExportFormat.Csv, Document.Tables[1]);

        Assert.Equal("regie-atlas-occupations-other-2025Q4.csv", name);
    }

    [Fact]
    public void Finds_the_first_table_when_none_is_asked_for()
    {
        var table = Document.Find(null);

        Assert.Same(Document.Tables[0], table);
    }

    [Fact]
    public void Finds_a_table_by_id_ignoring_case()
    {
        var table = Document.Find("OTHER");

        Assert.Same(Document.Tables[1], table);
    }
}

using Regie.Core.Documents;
using Regie.Documents.Html;
using Regie.Documents.Pdf;
using Regie.Documents.Tables;

namespace Regie.Documents.Tests;

public sealed class TableShapeTests
{
    private static readonly ReportTable Ragged = new("ragged", "Scheef", [new ReportColumn("A"), new ReportColumn("B")], [["1", "2"], ["3"]], null, "Leeg");

    [Fact]
    public void Every_writer_refuses_a_row_with_the_wrong_number_of_cells_and_names_it()
    {
        var document = SampleReports.LongTable(1) with { Sections = [new ReportSection("s", "Kop", Ragged)] };

        var errors = new Exception[]
        {
            Assert.Throws<ArgumentException>(() => HtmlReportWriter.Fragment(document)),
            Assert.Throws<ArgumentException>(() => PdfReportWriter.Write(document)),
            Assert.Throws<ArgumentException>(() => CsvTableWriter.Write(Ragged, SampleReports.DutchLabels)),
            Assert.Throws<ArgumentException>(() => XlsxReportWriter.Write(document)),
        };

        Assert.All(errors, error => Assert.StartsWith("Table 'ragged': row 2 has 1 cells for 2 columns.", error.Message, StringComparison.Ordinal));
    }
}

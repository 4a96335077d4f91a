using Regie.Core.Documents;
using Regie.Documents.Pdf;

namespace Regie.Documents.Tests.Pdf;

public sealed class ColumnWidthsTests
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("een toelichting die niet op één regel past ", 6));

    [Fact]
    public void Columns_fill_the_body_width()
    {
        var widths = Compute(Table(["Afdeling 12", LongText, "12"]));

        Assert.Equal(PdfStyle.BodyWidth, widths.Sum(), 3);
    }

    [Fact]
    public void A_short_column_keeps_its_natural_width_next_to_a_long_one()
    {
        using var measure = new TextMeasure();
        var fonts = new PdfFonts();

        var widths = Compute(Table(["Afdeling 12", LongText, "12"]));

        Assert.True(widths[0] >= measure.Natural("Afdeling 12", fonts.Table) + (2 * PdfStyle.CellPadding) - 0.001);
        Assert.True(widths[1] > widths[0] * 4);
    }

    [Fact]
    public void Text_columns_take_the_spare_width_when_everything_fits()
    {
        var widths = Compute(Table(["a", "b", "1"]));

        Assert.True(widths[0] > widths[2]);
        Assert.True(widths[1] > widths[2]);
    }

    private static ReportTable Table(string[] cells) => new(
        "t", "T", [new ReportColumn("Afdeling"), new ReportColumn("Maatregel"), new ReportColumn("Aantal", ReportColumnKind.Number)],
        [[cells[0], cells[1], new ReportCell(cells[2], 12)]], null, "Leeg");

    private static double[] Compute(ReportTable table)
    {
        ReportFontResolver.Install();
        var fonts = new PdfFonts();
        using var measure = new TextMeasure();
        return ColumnWidths.Compute(table, measure, fonts.Table, fonts.TableBold, PdfStyle.BodyWidth);
    }
}

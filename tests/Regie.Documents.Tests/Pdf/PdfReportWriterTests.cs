using PdfSharp.Pdf.IO;
using Regie.Documents.Pdf;

namespace Regie.Documents.Tests.Pdf;

public sealed class PdfReportWriterTests
{
    [Fact]
    public void Writes_a_pdf_that_PdfSharp_can_open()
    {
        var bytes = PdfReportWriter.Write(SampleReports.Dossier());

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
        if (Environment.GetEnvironmentVariable("REGIE_DOCUMENTS_SAMPLES") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "dossier.pdf"), bytes);
            File.WriteAllBytes(Path.Combine(folder, "long.pdf"), PdfReportWriter.Write(SampleReports.LongTable(120)));
        }
    }
}

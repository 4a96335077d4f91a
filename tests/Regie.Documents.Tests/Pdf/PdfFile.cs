using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Regie.Documents.Tests.Pdf;

/// <summary>Checks on the raw bytes of a PDF that PDFsharp's tolerant reader would not notice.</summary>
internal static partial class PdfFile
{
    /// <summary>Every in-use cross-reference entry points at "n 0 obj", and startxref points at the table.</summary>
    public static void AssertOffsetsPointAtObjects(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        Assert.Equal(xref, int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture));
        var entries = Entry().Matches(text[xref..]);
        Assert.NotEmpty(entries);
        for (var number = 0; number < entries.Count; number++)
        {
            if (entries[number].Groups[2].Value == "n")
            {
                var offset = int.Parse(entries[number].Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.StartsWith($"{number} 0 obj", text[offset..], StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"startxref\n(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(?m)^(\d{10}) \d{5} ([nf]) ")]
    private static partial Regex Entry();
}

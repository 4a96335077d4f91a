using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Regie.Documents.Pdf;

/// <summary>
/// PDFsharp 6.2 writes the document title into the XMP metadata without XML escaping, so a title with "&amp;" or "&lt;"
/// makes the metadata malformed. This escapes the title there and, because the stream gets longer, corrects the
/// stream's /Length, the cross-reference offsets of every object after it and startxref.
/// </summary>
internal static partial class XmpTitle
{
    private const string Before = "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    private const string After = "</rdf:li>";

    /// <param name="file">The saved file as Latin-1 text (one character per byte).</param>
    /// <param name="title">The title as given to PDFsharp.</param>
    public static string Escape(string file, string title)
    {
        var escaped = SecurityElement.Escape(title);
        if (escaped == title)
        {
            return file;
        }

        var raw = Latin1(title);
        var at = file.IndexOf(Before + raw + After, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("PDFsharp wrote the XMP title in a form Regie does not recognise.");
        }

        var start = at + Before.Length;
        var lengthMatch = StreamLength().Matches(file[..at]).Last();
        var lengthGroup = lengthMatch.Groups[1];
        var growth = Latin1(escaped).Length - raw.Length;
        var newLength = (int.Parse(lengthGroup.Value, CultureInfo.InvariantCulture) + growth).ToString(CultureInfo.InvariantCulture);
        var shift = growth + (newLength.Length - lengthGroup.Value.Length);

        var text = new StringBuilder(file);
        text.Remove(start, raw.Length).Insert(start, Latin1(escaped));
        text.Remove(lengthGroup.Index, lengthGroup.Length).Insert(lengthGroup.Index, newLength);
        return ShiftOffsets(text.ToString(), lengthGroup.Index, shift);
    }

    // Cross-reference entries are fixed width ("oooooooooo ggggg n \n"); every offset past the change moves by shift.
    private static string ShiftOffsets(string file, int changedAt, int shift)
    {
        var xref = file.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var head = file[..xref];
        var table = XrefEntry().Replace(file[xref..], entry =>
        {
            var offset = long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            return offset > changedAt ? (offset + shift).ToString("D10", CultureInfo.InvariantCulture) + entry.Groups[2].Value : entry.Value;
        });
        table = StartXref().Replace(table, match =>
            "startxref\n" + (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
        return head + table;
    }

    private static string Latin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    [GeneratedRegex(@"/Length (\d+)>>\nstream\n")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"(?m)^(\d{10})( \d{5} n )")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"startxref\n(\d+)")]
    private static partial Regex StartXref();
}

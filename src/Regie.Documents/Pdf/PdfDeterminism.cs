using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Regie.Documents.Pdf;

/// <summary>
/// Makes a PDFsharp 6.2 file reproducible: the same report gives the same bytes. PDFsharp draws three things from
/// <see cref="Guid.NewGuid"/> — the trailer /ID, the six-letter tag of each embedded font subset (PDF 32000-1
/// §9.6.4 asks only that tags differ within a file) and the XMP DocumentID/InstanceID — so this sets the /ID to a
/// placeholder before saving, then replaces the tags and the XMP ids by fixed ones and the /ID by a hash of the
/// file (ISO 32000-1 §14.4: the identifier may be computed from the content). Every replacement has the length of
/// what it replaces, so the cross-reference offsets stay right.
/// </summary>
internal static partial class PdfDeterminism
{
    private static readonly string Placeholder = new('\0', 16);
    private const string PlaceholderHex = "00000000000000000000000000000000";

    /// <summary>Call before saving.</summary>
    public static void PrepareIds(PdfDocument pdf)
    {
        pdf.Internals.FirstDocumentID = Placeholder;
        pdf.Internals.SecondDocumentID = Placeholder;
    }

    /// <summary>Call on the saved bytes; <paramref name="title"/> is the document title given to PDFsharp.</summary>
    public static byte[] Normalise(byte[] saved, string title)
    {
        var text = XmpTitle.Escape(Encoding.Latin1.GetString(saved), title);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, match =>
        {
            if (!tags.TryGetValue(match.Value, out var tag))
            {
                tag = FixedTag(tags.Count);
                tags.Add(match.Value, tag);
            }

            return tag;
        });
        var next = 0;
        text = XmpUuid().Replace(text, _ => $"uuid:00000000-0000-4000-8000-{++next:D12}");

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(text)).AsSpan(0, 16));
        if (!text.Contains(PlaceholderHex, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("PDFsharp wrote the file identifier in a form Regie does not recognise; the PDF cannot be made reproducible.");
        }

        text = text.Replace(PlaceholderHex, hash, StringComparison.OrdinalIgnoreCase);
        return Encoding.Latin1.GetBytes(text);
    }

    // "AAAAAA", "AAAAAB", …: unique per subset in the file, the same for the same file.
    private static string FixedTag(int index)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + (index % 26));
            index /= 26;
        }

        return new string(letters);
    }

    [GeneratedRegex("(?<=/)[A-Z]{6}(?=\\+Liberation)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();
}

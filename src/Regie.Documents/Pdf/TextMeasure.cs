using PdfSharp.Drawing;

namespace Regie.Documents.Pdf;

/// <summary>Measures and wraps text in a font, without a page (PDFsharp's measure context).</summary>
internal sealed class TextMeasure : IDisposable
{
    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(
        new XSize(PdfStyle.PageWidth, PdfStyle.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    public double Width(string text, XFont font) => text.Length == 0 ? 0 : _graphics.MeasureString(text, font).Width;

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: at spaces, at line breaks in
    /// the text, and inside a word only when the word alone is wider than the line.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph.Trim(), font, width, lines);
        }

        return lines.Count == 0 ? [string.Empty] : lines;
    }

    /// <summary>Width of the widest word: the narrowest a column can be without breaking words.</summary>
    public double WidestWord(string text, XFont font) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => Width(word, font)).DefaultIfEmpty(0).Max();

    /// <summary>Width of the widest line when nothing wraps.</summary>
    public double Natural(string text, XFont font) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(line => Width(line.Trim(), font)).DefaultIfEmpty(0).Max();

    public void Dispose() => _graphics.Dispose();

    private void WrapParagraph(string paragraph, XFont font, double width, List<string> lines)
    {
        var line = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, font) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (Width(line, font) > width && line.Length > 1)
            {
                var fits = Fitting(line, font, width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        lines.Add(line);
    }

    // The longest prefix of a word that fits, at least one character so the loop always moves on.
    private int Fitting(string word, XFont font, double width)
    {
        var fits = 1;
        while (fits < word.Length && Width(word[..(fits + 1)], font) <= width)
        {
            fits++;
        }

        return fits;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Regie.Documents.Html;

/// <summary>Builds HTML text: every piece of document text goes through <see cref="Encoded"/>, markup through <see cref="Raw"/>.</summary>
internal sealed class HtmlText
{
    // Keeps letters such as ë and € readable in the source; still encodes < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    public HtmlText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlText Encoded(string text)
    {
        _html.Append(Encode(text));
        return this;
    }

    /// <summary>Text whose line breaks become &lt;br /&gt;.</summary>
    public HtmlText Lines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                _html.Append("<br />");
            }

            _html.Append(Encode(lines[i]));
        }

        return this;
    }

    public static string Encode(string text) => Encoder.Encode(text);

    public override string ToString() => _html.ToString();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Pages;

/// <summary>Small readers for our own, known markup (no HTML parser needed for these checks).</summary>
internal static partial class Html
{
    /// <summary>The BRC codes of the occupation table's rows, in page order.</summary>
    public static IReadOnlyList<string> RowCodes(string html) =>
        [.. RowCode().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The value of the html element's lang attribute.</summary>
    public static string? Lang(string html) => LangAttribute().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The inline import map's text, exactly as sent.</summary>
    public static string? ImportMap(string html) => ImportMapScript().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<tr class=\"utrecht-table__row\" data-code=\"([^\"]+)\"")]
    private static partial Regex RowCode();

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex LangAttribute();

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMapScript();
}

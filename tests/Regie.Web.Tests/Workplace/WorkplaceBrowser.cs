using System.Net;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// Drives the pages as a browser without script does: opens a page, finds a form by its Blazor form name (the
/// hidden <c>_handler</c> field), and posts it with the page's antiforgery token to the form's action, or else to the
/// page's own address. Cookies are kept; redirects are returned, not followed.
/// </summary>
public sealed partial class WorkplaceBrowser(HttpClient http) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> GetAsync(string path) => await http.GetAsync(new Uri(path, UriKind.Relative), Ct);

    /// <summary>The page's HTML; fails the test unless it answered 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}:\n{body}");
        return body;
    }

    /// <summary>Opens <paramref name="path"/> and posts its form <paramref name="formName"/> with <paramref name="fields"/> (keys may repeat).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = Form(await PageAsync(path), formName);
        var values = new List<KeyValuePair<string, string>>(fields)
        {
            new("_handler", formName),
            new("__RequestVerificationToken", Token(form)),
        };
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(Action(form) ?? path, UriKind.Relative), content, Ct);
    }

    /// <summary>
    /// Posts a form the page at <paramref name="path"/> does not offer (as a forger would, with a valid antiforgery
    /// token taken from <paramref name="tokenPage"/>), to check that the page refuses it.
    /// </summary>
    public async Task<HttpResponseMessage> PostWithTokenFromAsync(string tokenPage, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = TokenField().Match(await PageAsync(tokenPage)) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"{tokenPage} has no antiforgery token.");
        var values = new List<KeyValuePair<string, string>>(fields) { new("_handler", formName), new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    /// <summary>The form whose hidden <c>_handler</c> field is <paramref name="formName"/>.</summary>
    public static string Form(string page, string formName) =>
        FindForm(page, formName) ?? throw new InvalidOperationException($"The page has no form named '{formName}':\n{page}");

    public static bool HasForm(string page, string formName) => FindForm(page, formName) is not null;

    private static string? FindForm(string page, string formName) =>
        FormElement().Matches(page).Select(m => m.Value)
            .FirstOrDefault(f => f.Contains($"name=\"_handler\" value=\"{WebUtility.HtmlEncode(formName)}\"", StringComparison.Ordinal));

    private static string Token(string form) =>
        TokenField().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("The form has no antiforgery token.");

    private static string? Action(string form) =>
        ActionAttribute().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<form.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<form[^>]*\\saction=\"([^\"]+)\"")]
    private static partial Regex ActionAttribute();
}

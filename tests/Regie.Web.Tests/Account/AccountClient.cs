using System.Net;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Account;

/// <summary>
/// Drives the account pages as a browser does without script: reads a page, finds a form by its Blazor form name,
/// and posts it with the page's antiforgery token. Cookies are kept; redirects are returned, not followed.
/// </summary>
public sealed partial class AccountClient(HttpClient http) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> GetAsync(string path) => await http.GetAsync(new Uri(path, UriKind.Relative), Ct);

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>
    /// Opens <paramref name="path"/>, fills the form named <paramref name="formName"/> and posts it. A name may repeat
    /// in <paramref name="fields"/>, as checked checkboxes of one group do.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetStringAsync(path);
        var form = Form(page, formName);
        List<KeyValuePair<string, string>> values = [.. fields, new("_handler", formName), new("__RequestVerificationToken", Token(form))];
        return await PostAsync(Action(form) ?? path, values);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
    }

    /// <summary>The text of a response (for pages answered on the POST itself).</summary>
    public static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    /// <summary>The form whose hidden <c>_handler</c> field is <paramref name="formName"/>.</summary>
    public static string Form(string page, string formName) =>
        FormElement().Matches(page).Select(m => m.Value).FirstOrDefault(f => f.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The page has no form named '{formName}'.");

    public static string Token(string form) =>
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

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>
/// Drives the pages as a browser without script does: reads a page, finds a form by its Blazor form name and posts it
/// with the form's antiforgery token; fields may repeat (checkbox groups). Cookies are kept; redirects are returned,
/// not followed. Also calls the JSON API with the same cookie, for setting up organisations.
/// </summary>
public sealed partial class PageBrowser(HttpClient http) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> GetAsync(string path) => await http.GetAsync(new Uri(path, UriKind.Relative), Ct);

    /// <summary>The page at <paramref name="path"/>, which must answer 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}:\n{text}");
        return text;
    }

    /// <summary>Opens <paramref name="path"/>, takes the form named <paramref name="formName"/> and posts the fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = Form(await PageAsync(path), formName);
        var values = fields.Append(new("_handler", formName)).Append(new("__RequestVerificationToken", Token(form)));
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
    }

    /// <summary>Posts a form and returns the page answered on the post itself (a refused form).</summary>
    public async Task<(HttpStatusCode Status, string Page)> SubmitForPageAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await SubmitAsync(path, formName, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Posts a form that must succeed with a redirect, and returns where it points (site-relative).</summary>
    public async Task<string> SubmitAndFollowAsync(string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await SubmitAsync(path, formName, fields);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {path} ({formName}) answered {(int)response.StatusCode}:\n{body}");
        return Location(response);
    }

    public async Task<JsonObject> PostJsonAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"POST {path} answered {(int)response.StatusCode}:\n{text}");
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"{path} answered no JSON.");
    }

    public static string Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => throw new InvalidOperationException($"No Location on a {(int)response.StatusCode} answer."),
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery,
        var relative => relative.OriginalString,
    };

    /// <summary>The form whose hidden <c>_handler</c> field is <paramref name="formName"/>.</summary>
    public static string Form(string page, string formName) =>
        FormElement().Matches(page).Select(m => m.Value)
            .FirstOrDefault(f => f.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The page has no form named '{formName}'.");

    private static string Token(string form) =>
        TokenField().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("The form has no antiforgery token.");

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<form.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Tests.Api;

/// <summary>Reading answers of the atlas API in tests.</summary>
internal static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<T>(Json, Cancellation)
            ?? throw new InvalidOperationException($"{url} answered null.");
    }

    /// <summary>Asserts a problem details answer with this status and returns its JSON.</summary>
    public static async Task<JsonObject> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancellation);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"{url} answered an empty problem.");
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonObject problem) =>
        problem["errors"]?.AsObject().Select(field => field.Key).ToList() ?? [];

    public static async Task<Download> DownloadAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Download(
            response.Content.Headers.ContentType?.ToString(),
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
            await response.Content.ReadAsByteArrayAsync(Cancellation));
    }
}

/// <summary>A file the API answered with.</summary>
internal sealed record Download(string? ContentType, string? FileName, byte[] Bytes)
{
    /// <summary>The CSV records, without the byte order mark and the empty line after the last CRLF.</summary>
    public IReadOnlyList<string> Lines => System.Text.Encoding.UTF8.GetString(Bytes.AsSpan(3)).Split("\r\n")[..^1];
}

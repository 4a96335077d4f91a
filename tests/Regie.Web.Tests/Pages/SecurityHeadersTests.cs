using System.Security.Cryptography;
using System.Text;

namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class SecurityHeadersTests(RegieWebFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/atlas")]
    [InlineData("/bestaat-niet")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_allows_neither_eval_nor_inline_code()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/atlas", TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_only_inline_script_is_the_import_map_allowed_by_its_hash()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/atlas", TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var importMap = Html.ImportMap(html);
        Assert.NotNull(importMap);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)));
        Assert.Contains($"'sha256-{hash}'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}

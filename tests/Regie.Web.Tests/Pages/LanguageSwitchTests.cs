using System.Net;

namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class LanguageSwitchTests(RegieWebFactory factory)
{
    [Fact]
    public async Task Switching_to_English_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/culture?c=en&redirect=/atlas", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/atlas", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("culture=c%3Den-GB%7Cuic%3Den-GB", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_cookie_keeps_the_interface_English_on_the_next_page()
    {
        var client = factory.CreatePageClient();
        await client.GetAsync("/culture?c=en&redirect=/", TestContext.Current.CancellationToken);

        var html = await client.GetStringAsync("/atlas", TestContext.Current.CancellationToken);

        Assert.Equal("en", Html.Lang(html));
        Assert.Contains(">Nederlands</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_links_to_the_other_language()
    {
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync("/atlas/beroepen?sort=code", TestContext.Current.CancellationToken));

        Assert.Contains("href=\"/culture?c=en&redirect=%2Fatlas%2Fberoepen%3Fsort%3Dcode\"", html, StringComparison.Ordinal);
        Assert.Contains(">English</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task Never_redirects_to_another_site(string redirect)
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync($"/culture?c=nl&redirect={Uri.EscapeDataString(redirect)}", TestContext.Current.CancellationToken);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Rejects_a_language_that_is_not_offered()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/culture?c=fr&redirect=/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}

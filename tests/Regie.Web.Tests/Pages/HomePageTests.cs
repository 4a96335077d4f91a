namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class HomePageTests(RegieWebFactory factory)
{
    [Fact]
    public async Task Shows_the_five_parts_in_Dutch_by_default()
    {
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync("/", TestContext.Current.CancellationToken));

        Assert.Equal("nl", Html.Lang(html));
        foreach (var part in (string[])["Monitor", "Werkplek", "Leren", "Netwerk", "Faciliteit"])
        {
            Assert.Contains($">{part}</h3>", html, StringComparison.Ordinal);
        }

        Assert.Equal(4, CountOf(html, "Nog niet gebouwd"));
        Assert.Contains("href=\"/atlas\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_five_parts_in_English_when_asked()
    {
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync("/?lang=en", TestContext.Current.CancellationToken));

        Assert.Equal("en", Html.Lang(html));
        foreach (var part in (string[])["Monitor", "Workplace", "Learning", "Network", "Facility"])
        {
            Assert.Contains($">{part}</h3>", html, StringComparison.Ordinal);
        }

        Assert.Equal(4, CountOf(html, "Not built yet"));
        Assert.Contains(">Nederlands</a>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}

namespace Regie.Web.Tests.Pages;

/// <summary>Cached atlas pages still follow the reader's language and query.</summary>
[Collection(PagesCollection.Name)]
public sealed class OutputCacheTests(RegieWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cached_Dutch_page_is_not_served_to_an_English_reader()
    {
        var dutch = factory.CreatePageClient();
        var english = factory.CreatePageClient();
        await english.GetAsync("/culture?c=en&redirect=/", Ct);

        var first = await dutch.GetStringAsync("/atlas/sectoren", Ct);
        var second = await dutch.GetStringAsync("/atlas/sectoren", Ct);
        var inEnglish = await english.GetStringAsync("/atlas/sectoren", Ct);

        Assert.Equal(first, second);
        Assert.Equal("nl", Html.Lang(first));
        Assert.Equal("en", Html.Lang(inEnglish));
    }

    [Fact]
    public async Task A_cached_page_varies_with_its_query()
    {
        var client = factory.CreatePageClient();

        var year2023 = await client.GetStringAsync("/atlas/sectoren?year=2023", Ct);
        var year2024 = await client.GetStringAsync("/atlas/sectoren?year=2024", Ct);

        Assert.NotEqual(year2023, year2024);
    }
}

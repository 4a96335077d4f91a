namespace Regie.Web.Tests.Pages;

/// <summary>The ILO disclaimers on the pages are the ones in the source catalogue (data/sources.json).</summary>
[Collection(PagesCollection.Name)]
public sealed class DisclaimerTests(RegieWebFactory factory)
{
    [Theory]
    [InlineData("/atlas")]
    [InlineData("/over-de-data")]
    public async Task Dutch_pages_show_the_adaptation_and_both_translation_disclaimers(string page)
    {
        var disclaimers = await factory.Atlas.GetDisclaimersAsync(TestContext.Current.CancellationToken);

        var html = Html.Decode(await factory.CreatePageClient().GetStringAsync(page, TestContext.Current.CancellationToken));

        Assert.Contains(disclaimers["iloAdaptation"], html, StringComparison.Ordinal);
        Assert.Contains(disclaimers["iloTranslationEn"], html, StringComparison.Ordinal);
        Assert.Contains(disclaimers["iloTranslationNl"], html, StringComparison.Ordinal);
    }
}

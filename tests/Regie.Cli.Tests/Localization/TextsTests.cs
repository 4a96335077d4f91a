using System.Collections;
using System.Globalization;
using System.Resources;
using Regie.Cli.Localization;

namespace Regie.Cli.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void Every_text_exists_in_Dutch_and_in_English()
    {
        var manager = new ResourceManager("Regie.Cli.Localization.Strings", typeof(Texts).Assembly);

        var english = Keys(manager, CultureInfo.InvariantCulture);
        var dutch = Keys(manager, CultureInfo.GetCultureInfo("nl"));

        Assert.NotEmpty(english);
        Assert.Equal(english, dutch);
    }

    [Theory]
    [InlineData("nl", "9.865.000", "12,3%", "n.b.")]
    [InlineData("en", "9,865,000", "12.3%", "n/a")]
    public void Formats_numbers_in_the_chosen_language(string language, string count, string share, string missing)
    {
        Assert.True(Texts.TryCreate(language, out var texts));

        Assert.Equal(count, texts.Count(9_865_000));
        Assert.Equal(share, texts.Share(0.123));
        Assert.Equal(missing, texts.Score(null));
    }

    [Fact]
    public void Rejects_a_language_it_does_not_have()
    {
        Assert.False(Texts.TryCreate("de", out _));
    }

    [Fact]
    public void A_missing_label_is_a_bug_not_an_empty_cell()
    {
        Assert.True(Texts.TryCreate("nl", out var texts));

        Assert.Throws<InvalidOperationException>(() => texts["No.Such.Key"]);
    }

    private static SortedSet<string> Keys(ResourceManager manager, CultureInfo culture)
    {
        // tryParents: false, so a Dutch key missing from Strings.nl.resx is not filled in from the English file.
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }
}

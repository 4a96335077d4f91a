using Regie.Storage.Mail;

namespace Regie.Storage.Tests.Mail;

public sealed class SubjectSlugTests
{
    [Theory]
    [InlineData("Kies een nieuw wachtwoord", "kies-een-nieuw-wachtwoord")]
    [InlineData("Één café, geïnformeerd!", "een-cafe-geinformeerd")]
    [InlineData("  --Regie: uitnodiging (2)--  ", "regie-uitnodiging-2")]
    [InlineData("???", "mail")]
    [InlineData("", "mail")]
    public void A_subject_becomes_lower_case_ascii_words_joined_by_hyphens(string subject, string slug) =>
        Assert.Equal(slug, SubjectSlug.Of(subject));

    [Fact]
    public void A_long_subject_is_cut_without_a_trailing_hyphen()
    {
        var slug = SubjectSlug.Of("Uitnodiging voor de ondernemingsraad van Voorbeeld Zorggroep Midden-Nederland");

        Assert.True(slug.Length <= SubjectSlug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("uitnodiging-voor-de-ondernemingsraad", slug, StringComparison.Ordinal);
    }
}

using Regie.Workplace.JobProfiles.Catalog;

namespace Regie.Workplace.Tests.JobProfiles;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("Inspiciënt", "inspicient")]
    [InlineData("CAISSIÈRE", "caissiere")]
    [InlineData("  ICT-helpdesk/manager  ", "ict helpdesk manager")]
    [InlineData("Software- en applicatieontwikkelaars en -analisten n.e.g.", "software en applicatieontwikkelaars en analisten n e g")]
    [InlineData("2512", "2512")]
    [InlineData(" -- ", "")]
    public void Folds_accents_case_and_punctuation(string text, string expected)
    {
        var key = SearchKey.Fold(text);

        Assert.Equal(expected, key);
    }
}

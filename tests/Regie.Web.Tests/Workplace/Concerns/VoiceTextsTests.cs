using System.Collections;
using System.Globalization;
using System.Resources;
using Regie.Web.Localization;
using Regie.Workplace.Concerns;
using Regie.Workplace.Requests;

namespace Regie.Web.Tests.Workplace.Concerns;

/// <summary>The concern and request texts exist in Dutch and English, for every value the pages show.</summary>
public sealed class VoiceTextsTests
{
    private static readonly ResourceManager Texts = new("Regie.Web.Localization.VoiceUi", typeof(VoiceUi).Assembly);

    [Fact]
    public void Dutch_and_English_have_the_same_keys()
    {
        var dutch = Entries(CultureInfo.InvariantCulture);
        var english = Entries(CultureInfo.GetCultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void Every_category_status_kind_outcome_check_and_move_has_its_text()
    {
        var keys = Enum.GetValues<ConcernCategory>().Select(c => $"Category_{c}")
            .Concat(Enum.GetValues<ConcernStatus>().Select(s => $"Status_{s}"))
            .Concat(Enum.GetValues<RetaliationCheck>().Select(r => $"Retaliation_{r}"))
            .Concat(Enum.GetValues<DecisionRequestKind>().Select(k => $"Kind_{k}"))
            .Concat(Enum.GetValues<DecisionRequestStatus>().Select(s => $"RStatus_{s}"))
            .Concat(Enum.GetValues<RequestOutcome>().Select(o => $"Outcome_{o}"))
            .Concat(Enum.GetValues<DecisionRequestStatus>().Where(s => s != DecisionRequestStatus.Received).Select(s => $"Move_{s}"));
        var dutch = Entries(CultureInfo.InvariantCulture);

        Assert.DoesNotContain(keys, k => !dutch.ContainsKey(k));
    }

    private static Dictionary<string, string?> Entries(CultureInfo culture)
    {
        var set = Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No voice texts for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
    }
}

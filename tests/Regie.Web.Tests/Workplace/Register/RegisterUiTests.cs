using System.Collections;
using System.Globalization;
using System.Resources;
using Regie.Web.Components.Pages.Workplace.Audit;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Web.Localization;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>The register texts exist in both languages, for every value the pages name from them.</summary>
public sealed class RegisterUiTests
{
    private static readonly ResourceManager Texts = new("Regie.Web.Localization.RegisterUi", typeof(RegisterUi).Assembly);

    [Fact]
    public void Dutch_and_English_have_the_same_keys()
    {
        var dutch = Keys(CultureInfo.InvariantCulture);
        var english = Keys(CultureInfo.GetCultureInfo("en"));

        Assert.Empty(dutch.Except(english));
        Assert.Empty(english.Except(dutch));
    }

    public static TheoryData<string> NamedValues =>
    [
        .. Enum.GetValues<AiSystemStatus>().Select(s => "Status_" + s),
        .. Enum.GetValues<DecisionTypes>().Where(t => t != DecisionTypes.None).Select(t => "Decision_" + t),
        .. Enum.GetValues<DutyStatus>().Select(s => "DutyStatus_" + s),
        .. Enum.GetValues<WorkerRight>().SelectMany(r => new[] { "Right_" + r, "RightText_" + r, "RightBasis_" + r }),
        .. AuditEntityTypes.All.Select(t => "Entity_" + t),
        .. ScreeningSections.All.SelectMany(s => new[] { "Section_" + s.Key, "SectionIntro_" + s.Key }),
        .. new[] { "created", "updated", "deleted" }.Select(a => "Action_" + a),
    ];

    [Theory]
    [MemberData(nameof(NamedValues))]
    public void Every_named_value_has_a_text_in_both_languages(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(Texts.GetString(key, CultureInfo.GetCultureInfo("nl-NL"))), $"No Dutch text '{key}'.");
        Assert.False(string.IsNullOrWhiteSpace(Texts.GetString(key, CultureInfo.GetCultureInfo("en-GB"))), $"No English text '{key}'.");
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        (Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"No texts for '{culture}'."))
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
}

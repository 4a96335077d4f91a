using System.Collections;
using System.Globalization;
using System.Resources;
using Regie.Web.Localization;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Web.Tests.Workplace;

/// <summary>The Workplace texts exist in Dutch and English alike, for every value the pages look up by name.</summary>
public sealed class WorkplaceTextsTests
{
    private static readonly ResourceManager Texts = new("Regie.Web.Localization.WorkplaceUi", typeof(WorkplaceUi).Assembly);

    [Fact]
    public void Dutch_and_English_have_the_same_keys_and_no_empty_text()
    {
        var dutch = Entries(CultureInfo.InvariantCulture);
        var english = Entries(CultureInfo.GetCultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(dutch.Concat(english), e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Every_role_permission_size_band_contract_type_status_and_origin_has_its_text()
    {
        var keys = PermissionMatrix.AllRoles.Select(r => $"Role_{r}")
            .Concat(Enum.GetValues<Permission>().Select(p => $"Permission_{p}"))
            .Concat(Enum.GetValues<SizeClass>().SelectMany(s => new[] { $"Size_{s}", $"Size_{s}_Meaning" }))
            .Concat(Enum.GetValues<HeadcountBand>().Select(b => $"Headcount_{b}"))
            .Concat(Enum.GetValues<ContractTypes>().Where(c => c != ContractTypes.None).SelectMany(c => new[] { $"Contract_{c}", $"Contract_{c}_Meaning" }))
            .Concat(Enum.GetValues<AiSystemStatus>().Select(s => $"Status_{s}"))
            .Concat(["Origin_Ilo", "Origin_Esco", "Origin_IloAdapted", "Origin_EscoAdapted", "Origin_Own"]);
        var dutch = Entries(CultureInfo.InvariantCulture);

        Assert.DoesNotContain(keys, k => !dutch.ContainsKey(k));
    }

    private static Dictionary<string, string?> Entries(CultureInfo culture)
    {
        var set = Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No Workplace texts for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
    }
}

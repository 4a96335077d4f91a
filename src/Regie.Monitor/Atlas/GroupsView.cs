using System.Globalization;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>
/// Exposure by pay band, sex and education: each BRC group's ILO 2025 exposure and class composition,
/// weighted by the employed persons of the population group (E·w for women, E·(1 − w) for men, …).
/// </summary>
internal static class GroupsView
{
    public const string PayBandRule =
        "BRC groups with a published 2024 median hourly wage are ranked by that wage and cut into four bands of about " +
        "equal employment (a group belongs to the band in which the middle of its employment falls).";

    public static GroupViews Build(AtlasModel m)
    {
        var groups = m.Groups.Select(g => (g.Code, E: m.EmployedOf(g.Code), Employment: m.Employment.GetValueOrDefault(g.Code))).ToList();
        return new GroupViews(
            PayBands(m, groups.Select(g => (g.Code, g.E, g.Employment?.MedianHourlyPay)).ToList()),
            [
                Group(m, "women", "Women", groups.Where(g => g.Employment?.WomenShare is not null).Select(g => (g.Code, g.E * g.Employment!.WomenShare!.Value))),
                Group(m, "men", "Men", groups.Where(g => g.Employment?.WomenShare is not null).Select(g => (g.Code, g.E * (1 - g.Employment!.WomenShare!.Value)))),
            ],
            [
                Group(m, "higher-education", "Higher education (hbo, wo)", groups.Where(g => g.Employment?.HigherEducationShare is not null)
                    .Select(g => (g.Code, g.E * g.Employment!.HigherEducationShare!.Value))),
                Group(m, "other-education", "Other education levels", groups.Where(g => g.Employment?.HigherEducationShare is not null)
                    .Select(g => (g.Code, g.E * (1 - g.Employment!.HigherEducationShare!.Value)))),
            ],
            PayBandRule,
            AtlasTexts.GroupRule + " " + AtlasTexts.BrcRule,
            [.. AtlasTexts.Common, AtlasTexts.GroupComposition, "Pay is for employees only (CBS 85517NED, 2024); employment and shares are for all employed persons (85276NED)."],
            SourceRefs.Groups(m));
    }

    private static IReadOnlyList<GroupExposure> PayBands(AtlasModel m, IReadOnlyList<(BrcCode Code, double E, double? Pay)> groups)
    {
        var ranked = groups.Where(g => g.Pay is not null && g.E > 0).OrderBy(g => g.Pay).ThenBy(g => g.Code).ToList();
        var total = ranked.Sum(g => g.E);
        var bands = new List<(BrcCode Code, double E, double Pay)>[4];
        for (var k = 0; k < 4; k++)
        {
            bands[k] = [];
        }

        double cumulative = 0;
        foreach (var (code, e, pay) in ranked)
        {
            var middle = (cumulative + e / 2) / total;
            bands[Math.Min(3, (int)(middle * 4))].Add((code, e, pay!.Value)); // Ranked groups all have pay.
            cumulative += e;
        }

        var result = bands.Select((band, k) => Group(
            m,
            $"pay-q{k + 1}",
            band.Count == 0 ? $"Pay band {k + 1}" : string.Create(CultureInfo.InvariantCulture, $"Pay band {k + 1}: €{band.Min(b => b.Pay):0.00}–€{band.Max(b => b.Pay):0.00} per hour"),
            band.Select(b => (b.Code, b.E)))).ToList();
        var unknown = groups.Where(g => g.Pay is null && g.E > 0).ToList();
        if (unknown.Count > 0)
        {
            result.Add(Group(m, "pay-unknown", "No published pay", unknown.Select(g => (g.Code, g.E))));
        }

        return result;
    }

    private static double Coverage(double covered, double total) => total > 0 ? covered / total : 0;

    private static GroupExposure Group(AtlasModel m, string id, string label, IEnumerable<(BrcCode Code, double Weight)> weights)
    {
        var list = weights.ToList();
        var ilo = m.BrcScores[ExposureIndex.Ilo2025];
        return new GroupExposure(
            id,
            label,
            (long)Math.Round(list.Sum(w => w.Weight), MidpointRounding.AwayFromZero),
            Weighted.Mean(list.Select(w => (ilo.TryGetValue(w.Code, out var x) ? x : (double?)null, w.Weight))),
            ClassShares.For2025(m, list),
            Coverage(list.Where(w => ilo.ContainsKey(w.Code)).Sum(w => w.Weight), list.Sum(w => w.Weight)));
    }
}

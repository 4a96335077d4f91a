using Regie.Core.Classifications;
using Regie.Core.Exposure;

namespace Regie.Monitor.Atlas;

/// <summary>S_g = Σ_b w(b)·p(b, g) / Σ_{b scored} w(b): employment shares per ILO class for any weighting of BRC groups.</summary>
internal static class ClassShares
{
    public static IReadOnlyList<ClassShare> For2025(AtlasModel m, IEnumerable<(BrcCode Group, double Weight)> weights) =>
        Shares(weights, g => m.Composition2025[g], IloClassLabels.All2025, c => c.Id(), c => c.SourceLabel());

    public static IReadOnlyList<ClassShare> For2023(AtlasModel m, IEnumerable<(BrcCode Group, double Weight)> weights) =>
        Shares(weights, g => m.Composition2023[g], IloClassLabels.All2023, c => c.Id(), c => c.SourceLabel());

    /// <summary>Shares of one composition (a single BRC group or major group), persons = share × weight.</summary>
    public static IReadOnlyList<ClassShare> Of(IReadOnlyDictionary<IloClass, double> composition, double weight) =>
        composition.Count == 0
            ? []
            : IloClassLabels.All2025.Select(c => Share(c.Id(), c.SourceLabel(), composition.GetValueOrDefault(c), weight)).ToList();

    internal static IReadOnlyList<ClassShare> Shares<TClass>(
        IEnumerable<(BrcCode Group, double Weight)> weights,
        Func<BrcCode, IReadOnlyDictionary<TClass, double>> composition,
        IReadOnlyList<TClass> classes,
        Func<TClass, string> id,
        Func<TClass, string> label)
        where TClass : struct, Enum
    {
        var sums = new double[classes.Count];
        double covered = 0;
        foreach (var (group, weight) in weights)
        {
            var p = composition(group);
            if (p.Count == 0 || weight <= 0)
            {
                continue;
            }

            covered += weight;
            for (var k = 0; k < classes.Count; k++)
            {
                sums[k] += weight * p.GetValueOrDefault(classes[k]);
            }
        }

        return covered == 0
            ? []
            : classes.Select((c, k) => new ClassShare(id(c), label(c), sums[k] / covered, (long)Math.Round(sums[k], MidpointRounding.AwayFromZero))).ToList();
    }

    private static ClassShare Share(string id, string label, double share, double weight) =>
        new(id, label, share, (long)Math.Round(share * weight, MidpointRounding.AwayFromZero));
}

using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>
/// Exposure of one BRC 2014 group, aggregated from its ISCO-08 unit groups (exposure-and-data note §3):
/// x̄(b) = unweighted mean over the scored unit groups; p(b, g) = share of scored unit groups in class g;
/// residual "z.n.d." codes and unscored unit groups are left out; no scored unit group → null, never 0.
/// </summary>
internal static class BrcExposure
{
    /// <summary>The unweighted mean score of the unit groups that have one; null when none has.</summary>
    public static double? Mean(IEnumerable<IscoCode> units, IReadOnlyDictionary<IscoCode, double> scores) =>
        Weighted.Mean(units.Where(scores.ContainsKey).Select(u => scores[u]));

    /// <summary>
    /// Share of the scored unit groups in each class (sums to 1 when any unit group is scored; empty otherwise).
    /// Assumes workers are spread evenly over the unit groups of a group.
    /// </summary>
    public static IReadOnlyDictionary<TClass, double> Composition<TClass>(IEnumerable<IscoCode> units, IReadOnlyDictionary<IscoCode, TClass> classes)
        where TClass : struct, Enum
    {
        var scored = units.Where(classes.ContainsKey).Select(u => classes[u]).ToList();
        return scored.Count == 0
            ? new Dictionary<TClass, double>()
            : scored.GroupBy(c => c).ToDictionary(g => g.Key, g => (double)g.Count() / scored.Count);
    }

    /// <summary>The class most unit groups are in; ties go to the more exposed class.</summary>
    public static IloClass? Dominant(IReadOnlyDictionary<IloClass, double> composition) =>
        composition.Count == 0
            ? null
            : composition.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).First().Key;
}

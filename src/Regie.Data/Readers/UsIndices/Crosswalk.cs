using System.Collections.Frozen;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// A many-to-many link table from the codes of one classification to the codes of another (all US links are
/// many-to-many). Targets of a code are distinct and in ordinal order, so every walk over them is deterministic.
/// </summary>
internal sealed class Crosswalk
{
    private readonly FrozenDictionary<string, string[]> _targets;

    private Crosswalk(FrozenDictionary<string, string[]> targets) => _targets = targets;

    /// <summary>Number of source codes with at least one target.</summary>
    public int SourceCount => _targets.Count;

    /// <summary>Builds a crosswalk from (source, target) pairs; repeated pairs count once.</summary>
    public static Crosswalk From(IEnumerable<(string Source, string Target)> pairs)
    {
        var sets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (source, target) in pairs)
        {
            if (!sets.TryGetValue(source, out var set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                sets.Add(source, set);
            }

            set.Add(target);
        }

        return new Crosswalk(sets.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The codes a source code links to; empty when it has none.</summary>
    public IReadOnlyList<string> TargetsOf(string source) =>
        _targets.TryGetValue(source, out var targets) ? targets : [];

    /// <summary>
    /// Composes two crosswalks: a source reaches every target of <paramref name="next"/> linked to any of its own
    /// targets. Sources that reach nothing are left out.
    /// </summary>
    public Crosswalk Then(Crosswalk next) =>
        From(_targets.SelectMany(p => p.Value.SelectMany(next.TargetsOf).Select(t => (p.Key, t))));
}

using Regie.Workplace.JobProfiles;

namespace Regie.Workplace.JobProfiles.Catalog;

/// <summary>
/// Ranks occupations for a search box: the whole title equals the query, then titles that start with it, then titles
/// in which every query word starts a word, then titles that merely contain every query word. Within a rank shorter
/// titles come first (they say less besides the query); the ISCO code, then the ESCO label and URI, break ties.
/// </summary>
internal static class OccupationSearch
{
    public static IReadOnlyList<OccupationMatch> Find(IReadOnlyList<SearchEntry> entries, string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = SearchKey.Fold(text);
        if (query.Length == 0)
        {
            return [];
        }

        var words = query.Split(' ');
        var best = new Dictionary<OccupationMatch, (MatchRank Rank, int Length)>();
        foreach (var entry in entries)
        {
            if (Rank(entry.Key, query, words) is not { } rank)
            {
                continue;
            }

            // An occupation can match through several titles (Dutch, English, code); its best title counts.
            var score = (rank, entry.Key.Length);
            if (!best.TryGetValue(entry.Match, out var earlier) || score.CompareTo(earlier) < 0)
            {
                best[entry.Match] = score;
            }
        }

        return best
            .OrderBy(p => p.Value.Rank)
            .ThenBy(p => p.Value.Length)
            .ThenBy(p => p.Key.IscoCode, StringComparer.Ordinal)
            .ThenBy(p => p.Key.EscoLabel, StringComparer.Ordinal) // null first: the unit group before its occupations
            .ThenBy(p => p.Key.EscoUri, StringComparer.Ordinal)
            .Take(limit)
            .Select(p => p.Key)
            .ToList();
    }

    private static MatchRank? Rank(string key, string query, string[] words)
    {
        if (key.Length == query.Length && key.Equals(query, StringComparison.Ordinal))
        {
            return MatchRank.Exact;
        }

        if (key.StartsWith(query, StringComparison.Ordinal))
        {
            return MatchRank.Prefix;
        }

        var allStartWords = true;
        foreach (var word in words)
        {
            var at = key.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            allStartWords &= StartsAWord(key, word, at);
        }

        return allStartWords ? MatchRank.WordPrefix : MatchRank.Contains;
    }

    /// <summary>Whether some occurrence of <paramref name="word"/>, the first being at <paramref name="at"/>, begins a word.</summary>
    private static bool StartsAWord(string key, string word, int at)
    {
        for (; at >= 0; at = key.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || key[at - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private enum MatchRank
    {
        Exact,
        Prefix,
        WordPrefix,
        Contains,
    }
}

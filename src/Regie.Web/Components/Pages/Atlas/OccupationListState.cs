using Microsoft.AspNetCore.WebUtilities;
using Regie.Monitor.Atlas;

namespace Regie.Web.Components.Pages.Atlas;

/// <summary>The occupation list's query string: filters, search, index and sort, and the links built from it.</summary>
/// <param name="Search">?q=</param>
/// <param name="ClassId">?class= (ILO 2025 class id)</param>
/// <param name="BrcClass">?brcClass= (two digits)</param>
/// <param name="IndexId">?index= (index id; default ILO 2025)</param>
/// <param name="Sort">?sort=</param>
/// <param name="Descending">?desc=</param>
public sealed record OccupationListState(string? Search, string? ClassId, string? BrcClass, string? IndexId, string? Sort, bool? Descending)
{
    public const string PagePath = "/atlas/beroepen";
    public const string ApiPath = "/api/atlas/occupations";

    /// <summary>Keys sorted alphabetically by default; the others start with the largest value.</summary>
    private static readonly HashSet<string> AscendingFirst = new(StringComparer.OrdinalIgnoreCase) { "code", "title" };

    public string EffectiveSort => Sort ?? "exposure";

    public bool EffectiveDescending => Descending ?? !AscendingFirst.Contains(EffectiveSort);

    public OccupationQuery ToQuery() =>
        new(Blank(Search), Blank(ClassId), Blank(BrcClass), Blank(Sort), EffectiveDescending, Blank(IndexId));

    /// <summary>The link a column header points to: this column, flipping the direction when it is already sorted on.</summary>
    public string SortLink(string key)
    {
        var descending = string.Equals(EffectiveSort, key, StringComparison.OrdinalIgnoreCase)
            ? !EffectiveDescending
            : !AscendingFirst.Contains(key);
        return Link(PagePath, this with { Sort = key, Descending = descending });
    }

    /// <summary>"ascending", "descending" or null for aria-sort.</summary>
    public string? AriaSort(string key) =>
        string.Equals(EffectiveSort, key, StringComparison.OrdinalIgnoreCase) ? (EffectiveDescending ? "descending" : "ascending") : null;

    /// <summary>The API download of the same rows, in the same order.</summary>
    public string DownloadLink(string format) => Link(ApiPath, this, ("format", format));

    private static string Link(string path, OccupationListState state, params (string Key, string Value)[] extra)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in extra)
        {
            query[key] = value;
        }

        Add(query, "q", state.Search);
        Add(query, "class", state.ClassId);
        Add(query, "brcClass", state.BrcClass);
        Add(query, "index", state.IndexId);
        Add(query, "sort", state.Sort);
        if (state.Descending is { } descending)
        {
            query["desc"] = descending ? "true" : "false";
        }

        return QueryHelpers.AddQueryString(path, query);
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (Blank(value) is { } v)
        {
            query[key] = v;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Reads one YAML document into a <see cref="RuleParameter"/>, reporting every problem it finds.</summary>
internal sealed partial class ParameterReader(string path, RuleProblems problems)
{
    private static readonly string[] TopKeys = ["id", "unit", "description", "legal_basis", "indexation", "values"];
    private static readonly string[] LegalKeys = ["law", "article", "bwb", "note"];
    private static readonly string[] Indexations = ["none", "annual", "semiannual"];
    private bool _failed;

    /// <summary>The parameter, or null when the document has problems (they are recorded).</summary>
    public RuleParameter? Read(YamlNode root)
    {
        if (root is not YamlMappingNode map)
        {
            Problem(root, "a parameter is a mapping with the keys id, unit, description, legal_basis, indexation and values.");
            return null;
        }

        CheckKeys(map, TopKeys);
        var id = Text(map, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Problem(map.Children[new YamlScalarNode("id")], $"'{id}' is not an id (lower-case words joined by dots, e.g. nl.ww.rate_high).");
        }

        var unit = Text(map, "unit");
        var description = Text(map, "description");
        var indexation = Text(map, "indexation");
        if (indexation is not null && !Indexations.Contains(indexation, StringComparer.Ordinal))
        {
            Problem(map.Children[new YamlScalarNode("indexation")], $"indexation '{indexation}' is not one of {string.Join(", ", Indexations)}.");
        }

        var legal = ReadLegalBasis(map);
        var values = unit is null ? null : ReadValues(map, unit);
        return _failed || id is null || unit is null || description is null || indexation is null || legal is null || values is null
            ? null
            : new RuleParameter(id, unit, description, legal, indexation, values);
    }

    private LegalBasis? ReadLegalBasis(YamlMappingNode map)
    {
        if (Child(map, "legal_basis") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode legal)
        {
            Problem(node, "legal_basis is a mapping { law, article, bwb, note }.");
            return null;
        }

        CheckKeys(legal, LegalKeys);
        var law = Text(legal, "law");
        var article = Text(legal, "article", allowEmpty: true);
        return law is null || article is null
            ? null
            : new LegalBasis(law, article, Text(legal, "bwb", required: false), Text(legal, "note", required: false));
    }

    private List<DatedValue>? ReadValues(YamlMappingNode map, string unit)
    {
        if (Child(map, "values") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode values || values.Children.Count == 0)
        {
            Problem(node, "values is a mapping from valid-from dates (yyyy-MM-dd) to values, with at least one entry.");
            return null;
        }

        var parameter = new RuleParameter("", unit, "", new LegalBasis("", ""), "none", []);
        var read = new List<DatedValue>();
        foreach (var (key, entry) in values.Children)
        {
            if (new ValueReader(path, problems).Read(key, entry, parameter) is not { } value)
            {
                _failed = true;
                continue;
            }

            if (read.Any(v => v.ValidFrom == value.ValidFrom))
            {
                Problem(key, $"the date {value.ValidFrom:yyyy-MM-dd} appears twice.");
                continue;
            }

            read.Add(value);
        }

        return [.. read.OrderBy(v => v.ValidFrom)];
    }

    private void CheckKeys(YamlMappingNode map, string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name, StringComparer.Ordinal))
            {
                Problem(key, $"unknown key '{key}'; expected {string.Join(", ", allowed)}.");
            }
        }
    }

    private YamlNode? Child(YamlMappingNode map, string key)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node;
        }

        Problem(map, $"'{key}' is missing.");
        return null;
    }

    private string? Text(YamlMappingNode map, string key, bool required = true, bool allowEmpty = false)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Problem(map, $"'{key}' is missing.");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } text } || (!allowEmpty && text.Length == 0))
        {
            Problem(node, $"'{key}' must be {(allowEmpty ? "text" : "non-empty text")}.");
            return null;
        }

        return text;
    }

    private void Problem(YamlNode node, string message)
    {
        _failed = true;
        problems.Add(path, node, message);
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")]
    private static partial Regex IdPattern();
}

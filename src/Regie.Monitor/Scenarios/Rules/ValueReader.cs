using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Reads one dated value (<c>2025-01-01: { value: …, source: …, status: … }</c>).</summary>
internal sealed class ValueReader(string path, RuleProblems problems)
{
    private static readonly string[] Keys = ["value", "list", "brackets", "source", "status", "published_in", "retrieved_on", "note"];
    private static readonly string[] BracketKeys = ["from", "rate", "base"];
    private bool _failed;

    /// <summary>The value, or null when it has problems (they are recorded).</summary>
    public DatedValue? Read(YamlNode key, YamlNode entry, RuleParameter parameter)
    {
        var date = Date(key);
        if (entry is not YamlMappingNode map)
        {
            Problem(entry, "a dated value is a mapping { value | list | brackets, source, status, published_in, retrieved_on, note }.");
            return null;
        }

        foreach (var name in map.Children.Keys)
        {
            if (name is not YamlScalarNode { Value: { } text } || !Keys.Contains(text, StringComparer.Ordinal))
            {
                Problem(name, $"unknown key '{name}'; expected {string.Join(", ", Keys)}.");
            }
        }

        var source = Scalar(map, "source");
        var status = Status(map);
        var retrieved = map.Children.TryGetValue(new YamlScalarNode("retrieved_on"), out var r) ? Date(r) : null;
        var value = Shaped(map, parameter);
        if (_failed || date is null || source is null || status is null || value is null)
        {
            return null;
        }

        var dated = value with
        {
            ValidFrom = date.Value,
            Source = source,
            Status = status.Value,
            PublishedIn = Scalar(map, "published_in", required: false),
            RetrievedOn = retrieved,
            Note = Scalar(map, "note", required: false),
        };
        if (ValueChecks.Problem(parameter, dated) is { } problem)
        {
            Problem(entry, problem);
            return null;
        }

        return dated;
    }

    // The value in the shape the unit asks for; date, source and status are filled in by the caller.
    private DatedValue? Shaped(YamlMappingNode map, RuleParameter parameter)
    {
        var (key, form) = parameter.Shape switch
        {
            ValueShape.Scalar => ("value", "a number"),
            ValueShape.List => ("list", "a list of numbers"),
            _ => ("brackets", "a list of { from, rate, base }"),
        };
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            Problem(map, $"unit '{parameter.Unit}' needs '{key}' ({form}).");
            return null;
        }

        var empty = new DatedValue(default, 0, "", ValueStatus.Primary);
        switch (parameter.Shape)
        {
            case ValueShape.Scalar:
                return Number(node, parameter.IsMoney) is { } number ? empty with { Value = number } : null;
            case ValueShape.List when node is YamlSequenceNode items:
                var numbers = items.Children.Select(i => Number(i, parameter.IsMoney)).ToList();
                return numbers.All(n => n.HasValue) ? empty with { Items = [.. numbers.Select(n => n!.Value)] } : null;
            case ValueShape.Schedule when node is YamlSequenceNode rows:
                var brackets = rows.Children.Select(BracketRow).ToList();
                return brackets.All(b => b is not null) ? empty with { Brackets = [.. brackets.Select(b => b!)] } : null;
            default:
                Problem(node, $"'{key}' must be {form}.");
                return null;
        }
    }

    private Bracket? BracketRow(YamlNode node)
    {
        if (node is not YamlMappingNode row)
        {
            Problem(node, "a bracket is a mapping { from, rate, base }.");
            return null;
        }

        foreach (var name in row.Children.Keys.Where(k => k is not YamlScalarNode { Value: { } t } || !BracketKeys.Contains(t, StringComparer.Ordinal)))
        {
            Problem(name, $"unknown key '{name}'; expected {string.Join(", ", BracketKeys)}.");
        }

        var from = Field(row, "from", money: true, required: true);
        var rate = Field(row, "rate", money: false, required: true);
        var baseCents = Field(row, "base", money: true, required: false);
        return from is null || rate is null ? null : new Bracket((long)from.Value, rate.Value, (long?)baseCents);
    }

    private decimal? Field(YamlMappingNode row, string key, bool money, bool required)
    {
        if (row.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return Number(node, money);
        }

        if (required)
        {
            Problem(row, $"'{key}' is missing.");
        }

        return null;
    }

    private decimal? Number(YamlNode node, bool money)
    {
        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (node is not YamlScalarNode { Value: { } text } || !decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var number))
        {
            Problem(node, $"'{node}' is not a number (use a dot for decimals, no thousands separators).");
            return null;
        }

        if (ValueChecks.NumberProblem(number, money) is { } problem)
        {
            Problem(node, problem);
            return null;
        }

        return number;
    }

    private DateOnly? Date(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(node, $"'{node}' is not a date (yyyy-MM-dd).");
        return null;
    }

    private ValueStatus? Status(YamlMappingNode map)
    {
        switch (Scalar(map, "status"))
        {
            case null:
                return null;
            case "primary":
                return ValueStatus.Primary;
            case "secondary":
                return ValueStatus.Secondary;
            case "verify":
                return ValueStatus.Verify;
            case "est":
                return ValueStatus.Est;
            case var other:
                Problem(map.Children[new YamlScalarNode("status")], $"status '{other}' is not one of primary, secondary, verify, est.");
                return null;
        }
    }

    private string? Scalar(YamlMappingNode map, string key, bool required = true)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Problem(map, $"'{key}' is missing.");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        Problem(node, $"'{key}' must be non-empty text.");
        return null;
    }

    private void Problem(YamlNode node, string message)
    {
        _failed = true;
        problems.Add(path, node, message);
    }
}

using System.Globalization;
using Regie.Core.Results;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Problems found while reading rule files, each with its file, line and column (1-based).</summary>
internal sealed class RuleProblems
{
    private readonly List<(string Location, string Message)> _items = [];

    public bool Any => _items.Count > 0;

    public void Add(string path, Mark mark, string message) =>
        _items.Add((string.Create(CultureInfo.InvariantCulture, $"{path}:{mark.Line}:{mark.Column}"), message));

    public void Add(string path, YamlNode node, string message) => Add(path, node.Start, message);

    /// <summary>One validation error whose fields are the locations "path:line:column".</summary>
    public ValidationError ToError() => new(_items
        .GroupBy(i => i.Location, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal));
}

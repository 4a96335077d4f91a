using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Regie.Core.Results;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// Reads rule parameter files (YAML; one parameter per document, several documents per file allowed, separated
/// by <c>---</c>) into a <see cref="RuleBook"/>. All or nothing: any problem in any file fails the whole book,
/// and every problem is reported with file, line and column. The format is described in data/rules/README.md.
/// </summary>
public static partial class RuleBookParser
{
    /// <summary>Parses the files.</summary>
    /// <param name="files">Each file's path (as it should appear in messages and the hash, e.g. relative to the
    /// data folder) and text.</param>
    /// <returns>The rule book, or a <see cref="ValidationError"/> whose field names are "path:line:column".</returns>
    public static Result<RuleBook> Parse(IEnumerable<(string Path, string Text)> files)
    {
        var ordered = files
            .Select(f => (Path: f.Path.Replace('\\', '/'), f.Text))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            return ValidationError.For("rules", "No rule files were found.");
        }

        var problems = new RuleProblems();
        var parameters = new List<RuleParameter>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in ordered)
        {
            foreach (var (parameter, node) in ReadFile(path, text, problems))
            {
                if (seen.TryGetValue(parameter.Id, out var first))
                {
                    problems.Add(path, node, $"id '{parameter.Id}' is already defined in {first}.");
                    continue;
                }

                seen[parameter.Id] = path;
                parameters.Add(parameter);
            }
        }

        return problems.Any ? problems.ToError() : new RuleBook(parameters, Hash(ordered));
    }

    /// <summary>
    /// SHA-256 over the files in ordinal path order: for each, the UTF-8 path, a zero byte, the UTF-8 text and a
    /// zero byte. Same paths and texts, same hash, on every machine.
    /// </summary>
    public static string Hash(IEnumerable<(string Path, string Text)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<(RuleParameter Parameter, YamlNode Node)> ReadFile(string path, string text, RuleProblems problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Add(path, e.Start, $"not valid YAML: {WithoutLocation(e.Message)}");
            return [];
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a location) on some malformed input, e.g. an unclosed
            // flow sequence; report where the last complete YAML event ended.
            problems.Add(path, parser.Current?.End ?? Mark.Empty, "not valid YAML after this point (an unclosed bracket or quote?).");
            return [];
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add(path, Mark.Empty, "the file holds no parameter.");
            return [];
        }

        var read = new List<(RuleParameter, YamlNode)>();
        foreach (var document in stream.Documents)
        {
            if (new ParameterReader(path, problems).Read(document.RootNode) is { } parameter)
            {
                read.Add((parameter, document.RootNode));
            }
        }

        return read;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location is reported apart.
    private static string WithoutLocation(string message) => LocationPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}

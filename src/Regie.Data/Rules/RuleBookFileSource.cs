using System.Text;
using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Data.Build;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Data.Rules;

/// <summary>
/// Reads the rule book from the shipped data folder: every <c>*.yaml</c> under <c>rules/nl/</c> (sub-folders
/// included), named by its path relative to the data folder (e.g. <c>rules/nl/ww/maximum_dagloon.yaml</c>) so
/// problems and the content hash do not depend on where Regie is installed. A missing folder is an
/// infrastructure failure (exception); a broken file is a validation error with file, line and column.
/// </summary>
internal sealed class RuleBookFileSource(IOptions<DataOptions> options) : IRuleBookSource
{
    /// <summary>The rule folder relative to the data folder.</summary>
    public const string Folder = "rules/nl";

    public async Task<Result<RuleBook>> LoadAsync(CancellationToken cancellationToken)
    {
        var data = DataFolder.Resolve(options.Value);
        var root = Path.Combine(data, Folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The rule folder '{root}' is missing from the data folder.");
        }

        var files = new List<(string Path, string Text)>();
        foreach (var file in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(data, file).Replace('\\', '/');
            files.Add((relative, await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken)));
        }

        return RuleBookParser.Parse(files);
    }
}

using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Where the rule book comes from (the shipped data/rules/nl files; implemented in Regie.Data).</summary>
public interface IRuleBookSource
{
    /// <summary>Reads and parses the rule files; a broken file is a <see cref="ValidationError"/> naming file, line and column.</summary>
    Task<Result<RuleBook>> LoadAsync(CancellationToken cancellationToken);
}

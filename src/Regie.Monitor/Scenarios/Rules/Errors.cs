using System.Globalization;
using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A parameter has no value in force on the law date (the date lies before its first value).</summary>
/// <param name="Id">Parameter id.</param>
/// <param name="FirstDate">Its first dated value.</param>
public sealed record MissingValue(string Id, DateOnly FirstDate);

/// <summary>The law as in force on <paramref name="LawDate"/> cannot be assembled: some parameters have no value yet.</summary>
public sealed record LawNotInForce(DateOnly LawDate, IReadOnlyList<MissingValue> Missing)
    : NotFoundError(string.Create(CultureInfo.InvariantCulture,
        $"No value in force on {LawDate:yyyy-MM-dd} for {string.Join(", ", Missing.Select(m => $"{m.Id} (first value {m.FirstDate:yyyy-MM-dd})"))}."));

/// <summary>The rule book lacks parameters the rule functions need.</summary>
public sealed record RuleBookIncomplete(IReadOnlyList<string> MissingIds)
    : NotFoundError($"The rule book has no parameter {string.Join(", ", MissingIds)}.");

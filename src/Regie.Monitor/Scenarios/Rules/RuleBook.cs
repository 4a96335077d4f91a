using System.Collections.Frozen;
using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// All rule parameters with their dated values, and the hash of the files they came from. A run picks
/// "the law as in force on date X" with <see cref="AsOf"/>.
/// </summary>
public sealed class RuleBook
{
    private readonly FrozenDictionary<string, RuleParameter> _byId;

    /// <summary>Creates a rule book.</summary>
    /// <param name="parameters">Parameters with unique ids and values ascending by date.</param>
    /// <param name="contentHash">Hash of the source files (SHA-256, lower-case hex).</param>
    /// <exception cref="ArgumentException">Two parameters share an id, or a parameter has no value.</exception>
    public RuleBook(IReadOnlyList<RuleParameter> parameters, string contentHash)
    {
        if (parameters.FirstOrDefault(p => p.Values.Count == 0) is { } empty)
        {
            throw new ArgumentException($"Rule parameter '{empty.Id}' has no value.", nameof(parameters));
        }

        Parameters = [.. parameters.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _byId = Parameters.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        ContentHash = contentHash;
    }

    /// <summary>Parameters ordered by id.</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>SHA-256 over the sorted relative paths and texts of the files (see <see cref="RuleBookParser"/>).</summary>
    public string ContentHash { get; }

    /// <summary>The parameter with this id, or null.</summary>
    public RuleParameter? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The law as in force on <paramref name="lawDate"/>: for every parameter the value with the latest
    /// valid-from date on or before it. A parameter whose first value lies after the date is an error
    /// (<see cref="LawNotInForce"/>, naming each such parameter), never a zero; so is a rule book without
    /// a parameter the rule functions need (<see cref="RuleBookIncomplete"/>).
    /// </summary>
    public Result<LawSnapshot> AsOf(DateOnly lawDate)
    {
        var absent = RuleIds.Required.Where(id => !_byId.ContainsKey(id)).ToList();
        if (absent.Count > 0)
        {
            return new RuleBookIncomplete(absent);
        }

        var values = new Dictionary<string, LawValue>(StringComparer.Ordinal);
        var missing = new List<MissingValue>();
        foreach (var parameter in Parameters)
        {
            if (parameter.InForceOn(lawDate) is { } value)
            {
                values[parameter.Id] = new LawValue(parameter, value);
            }
            else
            {
                missing.Add(new MissingValue(parameter.Id, parameter.Values[0].ValidFrom));
            }
        }

        return missing.Count > 0
            ? new LawNotInForce(lawDate, missing)
            : new LawSnapshot(lawDate, ContentHash, values.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

using System.Collections.Frozen;
using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// The law as in force on one date: the value of every parameter on <see cref="LawDate"/>, with typed access
/// per scheme. Immutable; a reform is a new snapshot made with <see cref="WithOverride(string, decimal, string)"/>.
/// </summary>
public sealed class LawSnapshot
{
    private readonly FrozenDictionary<string, LawValue> _values;

    internal LawSnapshot(DateOnly lawDate, string ruleBookHash, FrozenDictionary<string, LawValue> values)
    {
        LawDate = lawDate;
        RuleBookHash = ruleBookHash;
        _values = values;
        NonPrimary = [.. values.Values
            .Where(v => v.Status != ValueStatus.Primary)
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => new UsedValue(v.Id, v.Value.ValidFrom, v.Status, v.Value.Source))];
        Wml = new WmlLaw(this);
        Ww = new WwLaw(this);
        Bijstand = new BijstandLaw(this);
        Tw = new TwLaw(this);
        Aow = new AowLaw(this);
        Tax = new TaxLaw(this);
        Equivalence = new EquivalenceLaw(this);
    }

    /// <summary>The date the law is taken as in force on.</summary>
    public DateOnly LawDate { get; }

    /// <summary>Content hash of the rule book the values come from.</summary>
    public string RuleBookHash { get; }

    /// <summary>Every value in this snapshot that is not primary (ordered by id), for the run manifest.</summary>
    public IReadOnlyList<UsedValue> NonPrimary { get; }

    /// <summary>All values in force, ordered by id.</summary>
    public IEnumerable<LawValue> Values => _values.Values.OrderBy(v => v.Id, StringComparer.Ordinal);

    /// <summary>Minimum wage.</summary>
    public WmlLaw Wml { get; }

    /// <summary>Unemployment insurance.</summary>
    public WwLaw Ww { get; }

    /// <summary>Social assistance.</summary>
    public BijstandLaw Bijstand { get; }

    /// <summary>Toeslagenwet.</summary>
    public TwLaw Tw { get; }

    /// <summary>State pension.</summary>
    public AowLaw Aow { get; }

    /// <summary>Income tax.</summary>
    public TaxLaw Tax { get; }

    /// <summary>CBS equivalence scale.</summary>
    public EquivalenceLaw Equivalence { get; }

    /// <summary>The value of a parameter.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has this id.</exception>
    public LawValue Get(string id) =>
        _values.TryGetValue(id, out var value) ? value : throw new KeyNotFoundException($"No rule parameter '{id}'.");

    /// <summary>
    /// A copy of this snapshot in which a scalar parameter has another value (a hypothetical reform), marked
    /// <see cref="ValueStatus.Reform"/> and listed in <see cref="NonPrimary"/>. The hash gains the suffix
    /// "+reform:id" so a run manifest can tell the two apart.
    /// </summary>
    /// <returns>The new snapshot, or a validation error for an unknown id, a non-scalar parameter or a bad value.</returns>
    public Result<LawSnapshot> WithOverride(string id, decimal value, string source) =>
        WithOverride(id, new DatedValue(LawDate, value, source, ValueStatus.Reform));

    /// <summary>As <see cref="WithOverride(string, decimal, string)"/>, for any shape of value (lists, schedules).</summary>
    public Result<LawSnapshot> WithOverride(string id, DatedValue value)
    {
        if (!_values.TryGetValue(id, out var current))
        {
            return ValidationError.For(id, $"No rule parameter '{id}'.");
        }

        if (ValueChecks.Problem(current.Parameter, value) is { } problem)
        {
            return ValidationError.For(id, problem);
        }

        var values = _values.ToDictionary(StringComparer.Ordinal);
        values[id] = new LawValue(current.Parameter, value with { Status = ValueStatus.Reform, ValidFrom = LawDate });
        return new LawSnapshot(LawDate, $"{RuleBookHash}+reform:{id}", values.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The same law in integer arithmetic for the engine's hot loop (see <see cref="CompiledLaw"/>).</summary>
    public CompiledLaw Compile() => new(this);
}

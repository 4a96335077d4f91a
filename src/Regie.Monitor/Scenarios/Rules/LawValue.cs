using System.Globalization;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A parameter together with the value in force in a <see cref="LawSnapshot"/>.</summary>
/// <param name="Parameter">The parameter (unit, legal basis).</param>
/// <param name="Value">The dated value in force.</param>
public sealed record LawValue(RuleParameter Parameter, DatedValue Value)
{
    /// <summary>Parameter id.</summary>
    public string Id => Parameter.Id;

    /// <summary>The scalar value.</summary>
    public decimal Number => Value.Value;

    /// <summary>How well the value is attested.</summary>
    public ValueStatus Status => Value.Status;

    /// <summary>Short legal reference, e.g. "art. 47 WW".</summary>
    public string Reference => Parameter.LegalBasis.Display;

    /// <summary>The scalar as whole eurocents (or any whole number: months, days, hours).</summary>
    /// <exception cref="InvalidOperationException">The value is not a whole number.</exception>
    public long Whole => Number == decimal.Truncate(Number)
        ? (long)Number
        : throw new InvalidOperationException($"{Id} = {Number} is not a whole number.");

    /// <summary>The list items (list parameters).</summary>
    public IReadOnlyList<decimal> Items => Value.Items;

    /// <summary>The schedule rows (rate schedules).</summary>
    public IReadOnlyList<Bracket> Brackets => Value.Brackets;
}

/// <summary>A value a run used that is not primary, for the run manifest.</summary>
/// <param name="Id">Parameter id.</param>
/// <param name="ValidFrom">Date of the value in force.</param>
/// <param name="Status">Its status.</param>
/// <param name="Source">Its source.</param>
public sealed record UsedValue(string Id, DateOnly ValidFrom, ValueStatus Status, string Source)
{
    /// <summary>"id (status, from yyyy-MM-dd): source", the same on every machine (the run manifest lists these).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} ({Status.ToString().ToLowerInvariant()}, from {ValidFrom:yyyy-MM-dd}): {Source}");
}

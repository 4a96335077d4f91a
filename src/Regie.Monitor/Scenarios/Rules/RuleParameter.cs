namespace Regie.Monitor.Scenarios.Rules;

/// <summary>What kind of value a parameter holds; follows from its unit.</summary>
public enum ValueShape
{
    /// <summary>One number (<see cref="DatedValue.Value"/>).</summary>
    Scalar,

    /// <summary>A list of numbers (<see cref="DatedValue.Items"/>); units containing "_by_".</summary>
    List,

    /// <summary>A piecewise-linear schedule (<see cref="DatedValue.Brackets"/>); unit "rate_schedule".</summary>
    Schedule,
}

/// <summary>A rule parameter with its dated values (a step function over time), ordered by date.</summary>
/// <param name="Id">Stable id, e.g. "nl.ww.maximum_dagloon".</param>
/// <param name="Unit">Unit, e.g. "EUR_cent_per_day", "ratio", "months", "rate_schedule".</param>
/// <param name="Description">What the value means.</param>
/// <param name="LegalBasis">Law and article.</param>
/// <param name="Indexation">"none", "annual" or "semiannual".</param>
/// <param name="Values">Dated values, ascending by <see cref="DatedValue.ValidFrom"/>, dates unique.</param>
public sealed record RuleParameter(
    string Id, string Unit, string Description, LegalBasis LegalBasis, string Indexation, IReadOnlyList<DatedValue> Values)
{
    /// <summary>The unit that marks a rate schedule.</summary>
    public const string ScheduleUnit = "rate_schedule";

    /// <summary>The kind of value the unit implies.</summary>
    public ValueShape Shape => ShapeOf(Unit);

    /// <summary>True for money units (eurocents): their values must be whole numbers.</summary>
    public bool IsMoney => IsMoneyUnit(Unit);

    /// <summary>The value in force on <paramref name="date"/>, or null before the first dated value.</summary>
    public DatedValue? InForceOn(DateOnly date)
    {
        DatedValue? found = null;
        foreach (var value in Values)
        {
            if (value.ValidFrom > date)
            {
                break;
            }

            found = value;
        }

        return found;
    }

    /// <summary>The kind of value a unit implies.</summary>
    public static ValueShape ShapeOf(string unit) =>
        unit == ScheduleUnit ? ValueShape.Schedule
        : unit.Contains("_by_", StringComparison.Ordinal) ? ValueShape.List
        : ValueShape.Scalar;

    /// <summary>True for eurocent units.</summary>
    public static bool IsMoneyUnit(string unit) => unit.StartsWith("EUR_cent", StringComparison.Ordinal);
}

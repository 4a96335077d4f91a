namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// One value of a parameter, in force from <see cref="ValidFrom"/> until the next dated value.
/// A scalar parameter uses <see cref="Value"/>; a list parameter <see cref="Items"/>; a rate schedule
/// <see cref="Brackets"/> (the others are then 0 or empty). Money is in eurocents, rates are exact decimals.
/// </summary>
/// <param name="ValidFrom">First day the value is in force.</param>
/// <param name="Value">The scalar value (eurocents for money, 0.75 for 75 %).</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Status">How well it is attested.</param>
/// <param name="PublishedIn">Official publication (e.g. "Stcrt. 2025, 12264"), when known.</param>
/// <param name="RetrievedOn">When the source was read, when known.</param>
public sealed record DatedValue(
    DateOnly ValidFrom, decimal Value, string Source, ValueStatus Status, string? PublishedIn = null, DateOnly? RetrievedOn = null)
{
    /// <summary>The values of a list parameter (e.g. youth minimum-wage shares by age), else empty.</summary>
    public IReadOnlyList<decimal> Items { get; init; } = [];

    /// <summary>The rows of a rate schedule (tax brackets, credit build-up), else empty.</summary>
    public IReadOnlyList<Bracket> Brackets { get; init; } = [];

    /// <summary>Free remark on this value (e.g. how an est value was derived).</summary>
    public string? Note { get; init; }
}

/// <summary>
/// One row of a piecewise-linear rate schedule. For an amount x in [From, next From):
/// result = Base + Rate × (x − From). When <see cref="BaseCents"/> is null the base continues the previous row
/// (its value at this row's From; 0 for the first row), which is how marginal tax brackets work.
/// </summary>
/// <param name="FromCents">Lower bound of the row, eurocents per year.</param>
/// <param name="Rate">Rate in the row (negative for a phase-out).</param>
/// <param name="BaseCents">Published amount at <paramref name="FromCents"/>, or null to continue the previous row.</param>
public sealed record Bracket(long FromCents, decimal Rate, long? BaseCents = null);

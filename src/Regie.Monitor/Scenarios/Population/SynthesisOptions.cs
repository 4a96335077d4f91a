using System.Globalization;
using Regie.Core.Results;

namespace Regie.Monitor.Scenarios.Population;

/// <summary>How big a synthetic population to make and from which seed.</summary>
/// <param name="Households">
/// Household records; null = the full count the targets imply (about 8.4 million, weight 1 each). A smaller number
/// gives each record the weight full count / records, so weighted totals still describe the whole country.
/// </param>
/// <param name="Seed">Seed of every random draw; the same seed and options give byte-identical columns.</param>
/// <param name="Threads">Most threads to use (null = all cores). The result does not depend on it.</param>
public sealed record SynthesisOptions(int? Households = null, ulong Seed = 0, int? Threads = null)
{
    /// <summary>The largest number of household records a synthesis accepts (more than twice the Dutch count).</summary>
    public const int MaxHouseholds = 20_000_000;

    /// <summary>The error for options a synthesis cannot use, or null.</summary>
    public ValidationError? Validate() =>
        Households is { } n && n is < 1 or > MaxHouseholds
            ? ValidationError.For("households", string.Create(CultureInfo.InvariantCulture, $"The number of households must be between 1 and {MaxHouseholds:N0}, not {n}."))
            : Threads is < 1
                ? ValidationError.For("threads", string.Create(CultureInfo.InvariantCulture, $"The number of threads must be at least 1, not {Threads}."))
                : null;
}

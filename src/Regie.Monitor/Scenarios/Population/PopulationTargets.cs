using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Every published figure the synthetic population is calibrated to, each with its source id, table and period
/// (built from data/ by <see cref="IPopulationTargetsSource"/>). The synthesis derives its marginals from these
/// figures and the written-down <see cref="PopulationAssumptions"/>; the validation report compares against them.
/// </summary>
public sealed record PopulationTargets(
    HouseholdTargets Households,
    LabourTargets Labour,
    IReadOnlyList<OccupationTarget> Occupations,
    IReadOnlyList<PayReference> EarlierPay,
    SectorTargets Sectors,
    IReadOnlyList<ProvinceHouseholds> Provinces,
    IncomeAnchors Income)
{
    private static readonly JsonSerializerOptions HashOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>
    /// SHA-256 (hex) of the figures in a canonical JSON form: equal figures give the same hash on every machine.
    /// Goes into <see cref="PopulationInfo.TargetsHash"/> and every run manifest. Computed on each call (not cached:
    /// a copy made with <c>with</c> must not inherit a stale hash).
    /// </summary>
    [JsonIgnore]
    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, HashOptions)));

    /// <summary>The first inconsistency that makes the figures unusable for a synthesis, or null.</summary>
    public string? Validate() => PopulationTargetsCheck.FirstProblem(this);
}

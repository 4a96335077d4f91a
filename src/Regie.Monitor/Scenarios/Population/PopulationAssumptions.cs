using System.Globalization;

namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Every assumption of the synthesis, with the values the code uses (the typed values in the partial files are
/// the only copy; the texts are formatted from them, so the report cannot drift from the code).
/// </summary>
public static partial class PopulationAssumptions
{
    /// <summary>All assumptions, grouped by theme (households, ages, sex, education, labour, pay, other incomes).</summary>
    public static IReadOnlyList<PopulationAssumption> All => Texts.Value;

    // Lazy: the typed values live in other partial files, whose static initialisers may run after this one's.
    private static readonly Lazy<IReadOnlyList<PopulationAssumption>> Texts = new(() =>
        [.. HouseholdAssumptions(), .. AgeAssumptions(), .. LabourAssumptions(), .. PayAssumptions(), .. IncomeAssumptions()]);

    private static string F(double value, int decimals = 2) => value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Bands((int From, int To, double Share)[] bands) =>
        string.Join(", ", bands.Select(b => $"{b.From}–{b.To}: {Pct(b.Share)}"));

    private static string Euro(double value) => "€" + value.ToString("#,0", CultureInfo.InvariantCulture);
}

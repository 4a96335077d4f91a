using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>What a run needs: population, the law in force on the scenario's law date, the scenario and the exposure layer.</summary>
/// <param name="DataHash">Content hash of the shipped data folder (for the manifest).</param>
/// <param name="OccupationTitles">Title per occupation code (BRC), for result tables.</param>
/// <param name="SectorTitles">Title per NACE section letter, for result tables.</param>
public sealed record ScenarioInputs(
    SyntheticPopulation Population,
    LawSnapshot Law,
    ScenarioSpec Spec,
    OccupationExposure Exposure,
    string DataHash,
    IReadOnlyDictionary<string, string> OccupationTitles,
    IReadOnlyDictionary<string, string> SectorTitles);

/// <summary>How far a run is: the draw being simulated and the share of its households done.</summary>
public sealed record ScenarioProgress(int Draw, int Draws, double Share)
{
    /// <summary>Overall share done (baseline counts as one extra pass).</summary>
    public double Overall => (Draw + Share) / (Draws + 1);
}

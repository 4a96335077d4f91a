using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit.Scenarios;

namespace Regie.Monitor.Tests.Scenarios.Engine;

/// <summary>Specs, exposure layers and contexts the engine tests share.</summary>
internal static class EngineFixtures
{
    public static ScenarioSpec Spec(string extra = "") =>
        ScenarioReader.Read($"id: test\nname: {{ en: test }}\nhorizon_years: 4\n{extra}").Value;

    /// <summary>Exposure 0.2, 0.5 and unknown for the builder's three occupations.</summary>
    public static OccupationExposure Exposure(SyntheticPopulation pop) =>
        new("ilo-2025", [.. Enumerable.Range(0, pop.Codes.Occupations.Count).Select(i => i switch { 0 => 0.2, 1 => (double?)0.5, _ => null })]);

    public static RunContext Context(SyntheticPopulation pop, ScenarioSpec spec, IEngineLaw law, ulong seed, bool baseline = false)
    {
        var plan = baseline ? null : ShockAllocator.Allocate(pop, spec, Exposure(pop), seed);
        return new RunContext(pop, spec, law, plan, seed);
    }

    public static LawSnapshot Law => ShippedLaw.AsOf();
}

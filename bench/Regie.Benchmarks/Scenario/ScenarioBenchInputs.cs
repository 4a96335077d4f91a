using System.Text;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Benchmarks.Scenario;

/// <summary>
/// What one scenario-engine benchmark case runs on: a bench population of a given size, the shipped law of the
/// central preset's law date, the central preset (data/scenarios/central.yaml) and a seeded exposure layer.
/// </summary>
internal sealed class ScenarioBenchInputs
{
    /// <summary>The population seed of every benchmark (the draw seed is the preset's).</summary>
    public const ulong PopulationSeed = 20_260_101;

    private ScenarioBenchInputs(ScenarioInputs inputs) => Inputs = inputs;

    public ScenarioInputs Inputs { get; }

    public SyntheticPopulation Population => Inputs.Population;

    public static ScenarioBenchInputs Create(int households)
    {
        var data = BenchmarkData.FindDataFolder();
        var spec = ScenarioReader.Read(File.ReadAllText(Path.Combine(data, "scenarios", "central.yaml")), "central.yaml").Value;
        var law = RuleBook(data).AsOf(spec.LawDate).Value;
        var pop = BenchPopulation.Generate(households, PopulationSeed);
        var exposure = Exposure(pop.Codes.Occupations.Count);
        return new ScenarioBenchInputs(new ScenarioInputs(pop, law, spec, exposure, "bench", new Dictionary<string, string>(), new Dictionary<string, string>()));
    }

    private static RuleBook RuleBook(string data)
    {
        var folder = Path.Combine(data, "rules", "nl");
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(data, f).Replace('\\', '/'), File.ReadAllText(f, Encoding.UTF8)))
            .ToList();
        return RuleBookParser.Parse(files).Value;
    }

    // ILO-2025-like scores (0.1–0.6), one group in twenty without a score.
    private static OccupationExposure Exposure(int occupations)
    {
        var rng = new SeededRandom(7);
        var scores = new double?[occupations];
        for (var g = 0; g < occupations; g++)
            scores[g] = rng.NextInt(20) == 0 ? null : 0.1 + (0.5 * rng.NextDouble());
        return new OccupationExposure("ilo-2025", scores);
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Scenario;

/// <summary>Options shared by <c>regie scenario run</c> and <c>compare</c>: population, draws, output.</summary>
internal class ScenarioSettings : LanguageSettings
{
    [CommandOption("--households <N>")]
    [Description("Synthesise a population of N households for this run (default 100000; the full Dutch size is about 8.2 million). Ignored with --population.")]
    public int? Households { get; init; }

    [CommandOption("--population <NAME>")]
    [Description("Run on a population saved by 'regie population synth --name NAME'.")]
    public string? Population { get; init; }

    [CommandOption("--population-seed <SEED>")]
    [Description("Seed of the synthesised population (default 0).")]
    [DefaultValue(0UL)]
    public ulong PopulationSeed { get; init; }

    [CommandOption("--draws <N>")]
    [Description("Monte Carlo draws (overrides the scenario's 'draws').")]
    public int? Draws { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("First seed (overrides the scenario's 'seed').")]
    public ulong? Seed { get; init; }

    [CommandOption("--json")]
    [Description("Write the whole result (with its run manifest) as JSON instead of tables.")]
    public bool Json { get; init; }
}

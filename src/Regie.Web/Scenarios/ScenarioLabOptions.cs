using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Scenarios;

/// <summary>How the web runs scenarios (configuration section "Scenarios").</summary>
internal sealed class ScenarioLabOptions
{
    public const string Section = "Scenarios";

    /// <summary>Households of the synthetic population the web runs on (synthesised once, then kept in memory).</summary>
    [Range(1, 20_000_000)]
    public int Households { get; set; } = 100_000;

    /// <summary>Seed of that synthetic population.</summary>
    public ulong PopulationSeed { get; set; }

    /// <summary>A population saved in REGIE_HOME/populations to run on instead (e.g. "default"); empty = synthesise.</summary>
    public string? Population { get; set; }

    /// <summary>Runs computed at the same time; each uses every core, so more than one rarely helps.</summary>
    [Range(1, 16)]
    public int MaxConcurrentRuns { get; set; } = 1;

    /// <summary>Runs waiting for their turn; a submission beyond this is refused (503).</summary>
    [Range(1, 10_000)]
    public int MaxQueuedRuns { get; set; } = 100;

    /// <summary>Finished runs kept in memory, least recently used dropped first.</summary>
    [Range(1, 1_000)]
    public int KeptRuns { get; set; } = 20;

    /// <summary>Largest scenario text accepted, in bytes of UTF-8.</summary>
    [Range(1_024, 1_048_576)]
    public int MaxSpecBytes { get; set; } = 16_384;
}

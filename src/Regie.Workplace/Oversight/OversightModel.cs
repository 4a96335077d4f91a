using System.Text.Json.Serialization;

namespace Regie.Workplace.Oversight;

/// <summary>
/// Where the human stands relative to the AI's output (Algoritmekader measure 6-imp-03, meaningful human intervention).
/// Stored as numbers: never renumber.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OversightModel>))]
public enum OversightModel
{
    /// <summary>Not chosen yet.</summary>
    None = 0,

    /// <summary>Human in the loop: every output is reviewed before it has effect.</summary>
    InTheLoop = 1,

    /// <summary>Human on the loop: outputs take effect, a human watches and can intervene or stop.</summary>
    OnTheLoop = 2,

    /// <summary>Human above the loop: a human reviews patterns and samples periodically and adjusts the use.</summary>
    AboveTheLoop = 3,

    /// <summary>Human before the loop: humans set the rules, thresholds and limits before the system runs.</summary>
    BeforeTheLoop = 4,
}

using System.ComponentModel.DataAnnotations;

namespace Regie.Data;

/// <summary>Where the shipped data is and where Regie keeps its own files (configuration section "Data").</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>The shipped data folder; found by walking up from the working directory when not set.</summary>
    public string? Directory { get; set; }

    /// <summary>Regie's own folder (REGIE_HOME); holds the analytical store. Default <c>./.regie</c>.</summary>
    [Required]
    public string Home { get; set; } = ".regie";

    /// <summary>The DuckDB file of the analytical store.</summary>
    public string StorePath => Path.Combine(Path.GetFullPath(Home), "atlas.duckdb");
}

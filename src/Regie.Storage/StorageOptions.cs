using System.ComponentModel.DataAnnotations;

namespace Regie.Storage;

/// <summary>Which database holds the operational data (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>SQLite (default, a file under REGIE_HOME) or PostgreSQL (<c>ConnectionStrings:Regie</c>).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}

/// <summary>The supported database engines.</summary>
public enum StorageProvider
{
    Sqlite = 1,
    Postgres = 2,
}

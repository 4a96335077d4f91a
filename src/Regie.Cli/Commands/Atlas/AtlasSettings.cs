using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary>Options of every <c>regie atlas</c> command.</summary>
internal class AtlasSettings : LanguageSettings
{
    [CommandOption("--json")]
    [Description("Write the result as JSON (schema: docs/atlas-json.md) instead of tables.")]
    public bool Json { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Workplace;

/// <summary>Options of every workplace command (<c>regie org …</c>, <c>regie demo …</c>).</summary>
internal class WorkplaceSettings : LanguageSettings
{
    [CommandOption("--json")]
    [Description("Write the result as JSON instead of tables.")]
    public bool Json { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Population;

/// <summary>Options of every <c>regie population</c> command.</summary>
internal class PopulationSettings : LanguageSettings
{
    [CommandOption("--json")]
    [Description("Write the result as JSON instead of tables.")]
    public bool Json { get; init; }
}

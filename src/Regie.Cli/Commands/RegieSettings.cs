using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal class RegieSettings : CommandSettings
{
    // Read by the host before parsing (it decides how exceptions are shown); declared here so Spectre accepts and documents it.
    [CommandOption("--verbose")]
    [Description("Show the full exception of an unexpected failure (also: environment variable REGIE_DEBUG=1).")]
    public bool Verbose { get; init; }
}

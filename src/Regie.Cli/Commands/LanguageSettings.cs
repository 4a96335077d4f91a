using System.ComponentModel;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands;

/// <summary>Options of commands that print tables for people.</summary>
internal class LanguageSettings : RegieSettings
{
    [CommandOption("--lang <LANG>")]
    [Description("Language of the tables: nl (Dutch) or en (English).")]
    [DefaultValue("nl")]
    public string Language { get; init; } = "nl";
}

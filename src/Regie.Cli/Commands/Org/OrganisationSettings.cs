using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Org;

/// <summary>Options of the <c>regie org</c> commands that work on one organisation.</summary>
internal class OrganisationSettings : WorkplaceSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The organisation's id (see regie org list).")]
    public string Id { get; init; } = string.Empty;
}

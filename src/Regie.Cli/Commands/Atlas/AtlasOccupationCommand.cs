using System.ComponentModel;
using Regie.Cli.Rendering;
using Regie.Core.Classifications;
using Regie.Core.Results;
using Regie.Monitor.Atlas;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Atlas;

/// <summary><c>regie atlas occupation CODE</c>: one BRC group in full.</summary>
[Description("One BRC 2014 occupation group: its ISCO-08 unit groups with every index's score, ILO task scores, ESCO occupations and where indices disagree.")]
internal sealed class AtlasOccupationCommand(IExposureAtlas atlas, AtlasOutput output) : AsyncCommand<AtlasOccupationCommand.Settings>
{
    public sealed class Settings : AtlasSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("BRC 2014 occupation group code (four digits, e.g. 0811); see regie atlas occupations.")]
        public string Code { get; init; } = string.Empty;

        [CommandOption("--tasks")]
        [Description("Also list the ILO task scores and the ESCO occupations of every unit group.")]
        public bool Tasks { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!BrcCode.TryParse(settings.Code, out var code) || code.Value.Length != 4)
        {
            return output.Reject(ValidationError.For(
                "code", $"'{settings.Code}' is not a BRC 2014 occupation group code (four digits, e.g. 0811)."));
        }

        var result = await atlas.GetOccupationAsync(code.Value, cancellationToken);
        return output.Show(settings, result, (detail, texts) => AtlasOccupationView.Render(detail, settings.Tasks, texts));
    }
}

using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Commands.Atlas;
using Regie.Core.Results;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Rendering;

/// <summary>Shows an atlas result as tables in the chosen language, or as JSON with <c>--json</c>; errors go to stderr.</summary>
internal sealed class AtlasOutput(IAnsiConsole console, StandardError errors)
{
    public int Show<T>(AtlasSettings settings, Result<T> result, Func<T, Texts, IRenderable> render) =>
        result.IsSuccess ? Show(settings, result.Value, render) : errors.Report(result.Error);

    public int Show<T>(AtlasSettings settings, T value, Func<T, Texts, IRenderable> render)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(render);
        if (!Texts.TryCreate(settings.Language, out var texts))
        {
            return errors.Report(Texts.UnknownLanguage(settings.Language));
        }

        if (settings.Json)
        {
            // Raw writer: Spectre would wrap long lines at the console width.
            JsonOutput.Write(console.Profile.Out.Writer, value);
        }
        else
        {
            console.Write(render(value, texts));
        }

        return ExitCodes.Ok;
    }

    public int Reject(Error error) => errors.Report(error);
}

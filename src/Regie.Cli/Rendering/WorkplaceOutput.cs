using Regie.Cli.Commands.Workplace;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Core.Results;
using Regie.Workplace;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Rendering;

/// <summary>
/// Shows a workplace result as tables in the chosen language or as JSON with <c>--json</c>. Errors go to stderr, one
/// line per message, in the chosen language where the CLI knows the message, with the option it concerns
/// (<c>regie: --kvk: …</c>); the exit code follows the error's kind.
/// </summary>
internal sealed class WorkplaceOutput(IAnsiConsole console, StandardError errors)
{
    public IAnsiConsole Console => console;

    public int Show<T>(WorkplaceSettings settings, Texts texts, T value, Func<T, Texts, IRenderable> render)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(render);
        if (settings.Json)
        {
            // Raw writer: Spectre would wrap long lines at the console width.
            JsonOutput.Write(console.Profile.Out.Writer, value);
        }
        else
        {
            // Rows ends every block with a line break, also a lone Text.
            console.Write(new Rows(render(value, texts)));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Reports an error; <paramref name="options"/> maps a use case's field names to the command's options.</summary>
    public int Reject(Error error, Texts texts, IReadOnlyDictionary<string, FieldOption>? options = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(texts);
        if (error is not ValidationError validation)
        {
            return errors.Report(Describe(error, texts), StandardError.ExitCodeOf(error));
        }

        foreach (var (field, messages) in validation.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var option = options?.GetValueOrDefault(field);
            var prefix = option is null ? "" : option.Option + ": ";
            var hint = option?.Hint is { } h ? " " + h : "";
            foreach (var message in messages)
            {
                errors.Report(prefix + texts.Message(message) + hint, ExitCodes.Validation);
            }
        }

        return ExitCodes.Validation;
    }

    private static string Describe(Error error, Texts texts) => error switch
    {
        AlreadyMember member => texts.Format("Error.AlreadyMember", member.Email),
        NotAllowed => texts["Error.NotAllowed"],
        _ => texts.Message(error.Message),
    };
}

/// <summary>The command option a use case's field comes from, and a hint shown after its messages (e.g. the values it accepts).</summary>
internal sealed record FieldOption(string Option, string? Hint = null);

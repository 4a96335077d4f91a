using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Workplace;

/// <summary>A workplace command: checks <c>--lang</c>, then runs with the texts of that language.</summary>
internal abstract class WorkplaceCommand<TSettings>(WorkplaceOutput output) : AsyncCommand<TSettings>
    where TSettings : WorkplaceSettings
{
    protected WorkplaceOutput Output => output;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Texts.TryCreate(settings.Language, out var texts))
        {
            // No texts yet: the message is the English one, as for the atlas commands.
            Texts.TryCreate("en", out var english);
            return output.Reject(Texts.UnknownLanguage(settings.Language), english!); // "en" always exists
        }

        return await RunAsync(settings, texts, cancellationToken);
    }

    protected abstract Task<int> RunAsync(TSettings settings, Texts texts, CancellationToken ct);
}

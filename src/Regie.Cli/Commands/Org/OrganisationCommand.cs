using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;

namespace Regie.Cli.Commands.Org;

/// <summary>A command on one organisation: runs inside it as the CLI's system actor, or exits 3 (bad id) or 4 (unknown id).</summary>
internal abstract class OrganisationCommand<TSettings>(WorkplaceOutput output, WorkplaceSessions sessions) : WorkplaceCommand<TSettings>(output)
    where TSettings : OrganisationSettings
{
    protected sealed override async Task<int> RunAsync(TSettings settings, Texts texts, CancellationToken ct)
    {
        var opened = await sessions.OpenOrganisationAsync(settings.Id, texts, ct);
        if (!opened.TryGetValue(out var session))
        {
            return Output.Reject(opened.Error!, texts); // TryGetValue is false only with an error
        }

        await using (session)
        {
            return await RunAsync(settings, session, texts, ct);
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, WorkplaceSession session, Texts texts, CancellationToken ct);
}

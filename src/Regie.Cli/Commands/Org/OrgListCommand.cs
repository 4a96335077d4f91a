using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Workplace;
using Regie.Workplace.Organisations;
using Regie.Workplace.Register;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org list</c>: every organisation, across tenants (the administrator's view).</summary>
[Description("Every organisation in the operational database, with its number of members and AI systems.")]
internal sealed class OrgListCommand(WorkplaceOutput output, WorkplaceSessions sessions) : WorkplaceCommand<OrgListCommand.Settings>(output)
{
    public sealed class Settings : WorkplaceSettings;

    protected override async Task<int> RunAsync(Settings settings, Texts texts, CancellationToken ct)
    {
        var opened = await sessions.OpenAsync(texts, ct);
        if (!opened.TryGetValue(out var session))
        {
            return Output.Reject(opened.Error!, texts); // TryGetValue is false only with an error
        }

        await using (session)
        {
            var organisations = await session.Get<IWorkplaceDb>().AllOrganisations().AsNoTracking().ToListAsync(ct);
            var rows = new List<OrganisationRow>();
            foreach (var organisation in organisations.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Id))
            {
                // One organisation at a time, through its own queries, as the CLI's system actor (which they always allow).
                session.Enter(CliActor.In(organisation.Id));
                var members = (await session.Get<OrganisationQueries>().MembersAsync(ct)).Value.Count;
                var systems = (await session.Get<RegisterQueries>().ListAsync(ct)).Value.Count;
                rows.Add(OrganisationRow.Of(organisation, members, systems));
            }

            return Output.Show(settings, texts, rows, (r, t) => OrgListView.Render(r, Output.Console.Profile.Width, t));
        }
    }
}

using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Workplace.Organisations;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org show ID</c>: one organisation with its structure and AI register.</summary>
[Description("One organisation: its details, units, worker groups, job profiles and AI systems.")]
internal sealed class OrgShowCommand(WorkplaceOutput output, WorkplaceSessions sessions)
    : OrganisationCommand<OrgShowCommand.Settings>(output, sessions)
{
    public sealed class Settings : OrganisationSettings;

    protected override async Task<int> RunAsync(Settings settings, WorkplaceSession session, Texts texts, CancellationToken ct)
    {
        // The CLI's system actor passes every permission check, so these results always carry a value.
        var queries = session.Get<OrganisationQueries>();
        var organisation = (await queries.CurrentAsync(ct)).Value;
        var units = (await queries.UnitsAsync(ct)).Value;
        var groups = (await queries.WorkerGroupsAsync(ct)).Value;
        var members = (await queries.MembersAsync(ct)).Value;
        var profiles = new List<JobProfileRow>();
        foreach (var p in (await queries.JobProfilesAsync(ct)).Value)
        {
            var tasks = (await queries.JobProfileAsync(p.Id, ct)).Value.Tasks.Count;
            profiles.Add(new JobProfileRow(p.Id, p.Title, p.IscoCode, groups.FirstOrDefault(g => g.Id == p.WorkerGroupId)?.Name, tasks));
        }

        var register = session.Get<RegisterQueries>();
        var systems = new List<AiSystemRow>();
        foreach (var s in (await register.ListAsync(ct)).Value)
        {
            var detail = (await register.DetailAsync(s.Id, ct)).Value;
            systems.Add(new AiSystemRow(s.Id, s.Name, s.Provider, s.Status, detail.LatestScreening?.RiskClass,
                detail.Duties.Count, detail.Duties.Count(d => d.Status != DutyStatus.Done), detail.System.Overseers.Count));
        }

        var detailView = new OrganisationDetail(
            OrganisationRow.Of(organisation, members.Count, systems.Count),
            [.. units.Select(u => new UnitRow(u.Id, u.Name, units.FirstOrDefault(p => p.Id == u.ParentId)?.Name))],
            [.. groups.Select(g => new WorkerGroupRow(g.Id, g.Name, units.FirstOrDefault(u => u.Id == g.OrgUnitId)?.Name, g.ContractTypes, g.Headcount, g.Location))],
            profiles,
            systems);
        return Output.Show(settings, texts, detailView, OrgShowView.Render);
    }
}

using Regie.Cli.Commands.Workplace;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;

namespace Regie.Cli.Commands.Demo;

/// <summary>The demo's units, worker groups and job profiles, by name, as the organisation administrator makes them.</summary>
internal sealed record DemoStructure(IReadOnlyDictionary<string, Guid> WorkerGroups, IReadOnlyDictionary<string, Guid> JobProfiles)
{
    /// <summary>Adds everything through <see cref="OrganisationSetup"/> and <see cref="JobProfileEditor"/>; the session acts as the administrator.</summary>
    public static async Task<DemoStructure> BuildAsync(WorkplaceSession session, CancellationToken ct)
    {
        var setup = session.Get<OrganisationSetup>();
        var units = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in DemoOrganisation.Units)
        {
            units[name] = Expected.Value(await setup.AddUnitAsync(new OrgUnitRequest(name, null), ct), $"add unit {name}").Id;
        }

        var groups = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var g in DemoOrganisation.WorkerGroups)
        {
            var request = new WorkerGroupRequest(g.Name, g.Unit is null ? null : units[g.Unit], g.ContractTypes, g.Headcount, g.Location);
            groups[g.Name] = Expected.Value(await setup.AddWorkerGroupAsync(request, ct), $"add worker group {g.Name}").Id;
        }

        var editor = session.Get<JobProfileEditor>();
        var profiles = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var p in DemoOrganisation.JobProfiles)
        {
            var request = new JobProfileRequest(p.Title, p.IscoCode, null, groups[p.WorkerGroup]);
            profiles[p.Title] = Expected.Value(await editor.CreateAsync(request, ct), $"add job profile {p.Title} (ISCO-08 {p.IscoCode})").Id;
        }

        return new DemoStructure(groups, profiles);
    }
}

using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

/// <summary>
/// The people of the fictitious organisation in the walk, each signed in in their own browser context with one role:
/// the founder (organisation admin) invites the others. Workers answer the pulse without an account.
/// </summary>
internal sealed record AdoptionWalkCast(
    Guid Organisation,
    Guid Planners,
    IPage Admin,
    IPage Owner,
    IPage Assessor,
    IPage Prevention,
    IPage Privacy,
    IPage Council,
    IPage Executive,
    IPage Steward,
    IPage Overseer)
{
    public static async Task<AdoptionWalkCast> GatherAsync(AtlasSite site)
    {
        var admin = await site.NewPageAsync();
        await Workspace.SignUpAsync(admin, "Ada Beheer");
        var (org, planners) = await Workspace.CreateOrganisationAsync(admin);

        async Task<IPage> JoinAsync(string name, string role)
        {
            var page = await site.NewPageAsync();
            var email = await Workspace.SignUpAsync(page, name);
            await Workspace.InviteAsync(admin, page, org, email, role);
            return page;
        }

        return new AdoptionWalkCast(org, planners, admin,
            await JoinAsync("Olga Eigenaar", "SystemOwner"),
            await JoinAsync("Anna Beoordelaar", "Assessor"),
            await JoinAsync("Piet Preventie", "Reviewer"),
            await JoinAsync("Fien Privacy", "PrivacyOfficer"),
            await JoinAsync("Wim Ondernemingsraad", "WorksCouncil"),
            await JoinAsync("Bea Bestuurder", "Executive"),
            await JoinAsync("Stella Peiling", "SurveySteward"),
            await JoinAsync("Otto Toezicht", "Overseer"));
    }

    public string System(Guid id) => $"/werkplek/{Organisation}/ai-systemen/{id}";
}

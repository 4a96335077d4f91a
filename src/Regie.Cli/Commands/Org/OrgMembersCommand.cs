using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Workplace.Organisations;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org members ID</c>: members with their roles, and the invitations still open.</summary>
[Description("The members of an organisation with their roles, and the invitations not yet accepted.")]
internal sealed class OrgMembersCommand(WorkplaceOutput output, WorkplaceSessions sessions)
    : OrganisationCommand<OrgMembersCommand.Settings>(output, sessions)
{
    public sealed class Settings : OrganisationSettings;

    protected override async Task<int> RunAsync(Settings settings, WorkplaceSession session, Texts texts, CancellationToken ct)
    {
        // The CLI's system actor passes every permission check, so these results always carry a value.
        var queries = session.Get<OrganisationQueries>();
        var members = (await queries.MembersAsync(ct)).Value;
        var invitations = (await queries.PendingInvitationsAsync(ct)).Value;
        var list = new MemberList(
            [.. members.Select(MemberRow.Of)],
            [.. invitations.Select(i => new InvitationRow(i.Id, i.Email, i.Roles, i.ExpiresAt))]);
        return Output.Show(settings, texts, list, Render);
    }

    private static IRenderable Render(MemberList list, Texts t)
    {
        var members = new Table().Title(t["Org.Members"]).AddTextColumn(t["Column.Name"]).AddTextColumn(t["Column.Email"])
            .AddTextColumn(t["Column.Roles"]).AddTextColumn(t["Column.Joined"]);
        foreach (var m in list.Members)
        {
            members.AddTextRow(m.DisplayName, m.Email, t.Roles(m.Roles), WorkplaceLabels.Moment(m.JoinedAt));
        }

        if (list.PendingInvitations.Count == 0)
        {
            return new Rows(members, new Text(t["Org.NoInvitations"]));
        }

        var invitations = new Table().Title(t["Org.Invitations"]).AddTextColumn(t["Column.Email"])
            .AddTextColumn(t["Column.Roles"]).AddTextColumn(t["Column.Expires"]);
        foreach (var i in list.PendingInvitations)
        {
            invitations.AddTextRow(i.Email, t.Roles(i.Roles), WorkplaceLabels.Moment(i.ExpiresAt));
        }

        return new Rows(members, Footnotes.Gap, invitations);
    }
}

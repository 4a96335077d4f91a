using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org roles ID</c>: replaces a member's roles.</summary>
[Description("Give a member other roles (the roles given replace the current ones). The last administrator keeps that role.")]
internal sealed class OrgRolesCommand(WorkplaceOutput output, WorkplaceSessions sessions)
    : OrganisationCommand<OrgRolesCommand.Settings>(output, sessions)
{
    public sealed class Settings : OrganisationSettings
    {
        [CommandOption("--email <EMAIL>")]
        [Description("The member's e-mail address.")]
        public string? Email { get; init; }

        [CommandOption("--role <ROLES>")]
        [Description("The new roles, separated by commas (see regie org invite --help for the names).")]
        public string? Role { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, WorkplaceSession session, Texts texts, CancellationToken ct)
    {
        var options = new Dictionary<string, FieldOption>(StringComparer.Ordinal) { ["Email"] = new("--email"), ["Roles"] = new("--role") };
        if (string.IsNullOrWhiteSpace(settings.Email))
        {
            // The use case's own wording, so the message reads the same as for regie org invite.
            return Output.Reject(ValidationError.For("Email", "Enter a valid e-mail address."), texts, options);
        }

        var roles = RoleOption.Parse(settings.Role, texts);
        if (!roles.TryGetValue(out var chosen))
        {
            return Output.Reject(roles.Error!, texts, options); // TryGetValue is false only with an error
        }

        // The CLI's system actor passes every permission check, so the member list always carries a value.
        var email = settings.Email.Trim();
        var member = (await session.Get<OrganisationQueries>().MembersAsync(ct)).Value
            .FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return Output.Reject(new CliNotFound(texts.Format("Org.NoMember", email)), texts);
        }

        var changed = await session.Get<Membership>().ChangeRolesAsync(member.Id, chosen, ct);
        if (!changed.TryGetValue(out var updated))
        {
            return Output.Reject(changed.Error!, texts, options); // TryGetValue is false only with an error
        }

        return Output.Show(settings, texts, MemberRow.Of(updated), (m, t) =>
            new Text(t.Format("Org.RolesChanged", m.Email, t.Roles(m.Roles))));
    }
}

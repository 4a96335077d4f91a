using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Workplace.People;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org invite ID</c>: mails an invitation link through the outbox and prints it.</summary>
[Description("Invite someone by e-mail with one or more roles. The link is mailed (by default written as an .eml file to the mail folder under REGIE_HOME) and printed once. The mail is in the language of --lang.")]
internal sealed class OrgInviteCommand(WorkplaceOutput output, WorkplaceSessions sessions)
    : OrganisationCommand<OrgInviteCommand.Settings>(output, sessions)
{
    /// <summary>Where the web host listens by default (README).</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    public sealed class Settings : OrganisationSettings
    {
        [CommandOption("--email <EMAIL>")]
        [Description("The e-mail address to invite.")]
        public string? Email { get; init; }

        [CommandOption("--role <ROLES>")]
        [Description("One or more roles, separated by commas: org-admin, system-owner, assessor, reviewer, privacy-officer, executive, works-council, external-expert, union-rep, overseer, employee, auditor.")]
        public string? Role { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("The web address of Regie that the invitation link points to.")]
        [DefaultValue(DefaultBaseUrl)]
        public string BaseUrl { get; init; } = DefaultBaseUrl;
    }

    protected override async Task<int> RunAsync(Settings settings, WorkplaceSession session, Texts texts, CancellationToken ct)
    {
        var options = new Dictionary<string, FieldOption>(StringComparer.Ordinal) { ["Email"] = new("--email"), ["Roles"] = new("--role") };
        if (!Uri.TryCreate(settings.BaseUrl?.Trim(), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            return Output.Reject(ValidationError.For("BaseUrl", texts.Format("Org.BadBaseUrl", settings.BaseUrl)), texts,
                new Dictionary<string, FieldOption>(StringComparer.Ordinal) { ["BaseUrl"] = new("--base-url") });
        }

        var roles = RoleOption.Parse(settings.Role, texts);
        if (!roles.TryGetValue(out var chosen))
        {
            return Output.Reject(roles.Error!, texts, options); // TryGetValue is false only with an error
        }

        // The web host's accept page is /uitnodiging/{secret}; the mail is in the language of --lang.
        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var sent = await session.Get<Membership>().InviteAsync(settings.Email, chosen, secret => $"{root}/uitnodiging/{secret}", new InvitationText(texts.Language), ct);
        if (!sent.TryGetValue(out var invitation))
        {
            return Output.Reject(sent.Error!, texts, options); // TryGetValue is false only with an error
        }

        var row = new InvitationSentRow(invitation.Invitation.Id, invitation.Invitation.Email, invitation.Invitation.Roles, invitation.Invitation.ExpiresAt, invitation.Link);
        return Output.Show(settings, texts, row, (r, t) => new Rows(
            new Text(t.Format("Org.Invited", r.Email, t.Roles(r.Roles)), new Style(decoration: Decoration.Bold)),
            new Text(t.Format("Org.InvitationLink", WorkplaceLabels.Moment(r.ExpiresAt))),
            new Text(r.Link)));
    }
}

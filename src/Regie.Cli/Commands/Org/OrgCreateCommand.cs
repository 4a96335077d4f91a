using System.ComponentModel;
using Microsoft.AspNetCore.Identity;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Storage.Identity;
using Regie.Workplace.Organisations;
using Regie.Workplace.Tenancy;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org create</c>: a new organisation with an existing account as its first administrator.</summary>
/// <remarks>
/// The organisation is created through the same use case as in the web app, on behalf of that account: it becomes
/// the first member, as organisation administrator, and the audit log names it as the creator. The account must
/// exist (sign up in the web app first); the CLI does not create accounts with passwords on the command line.
/// </remarks>
[Description("Create an organisation with an existing account as its first administrator (the person signs up in the web app first).")]
internal sealed class OrgCreateCommand(WorkplaceOutput output, WorkplaceSessions sessions) : WorkplaceCommand<OrgCreateCommand.Settings>(output)
{
    public sealed class Settings : WorkplaceSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("The organisation's name.")]
        public string? Name { get; init; }

        [CommandOption("--kvk <NUMBER>")]
        [Description("Chamber of Commerce (KvK) number: eight digits.")]
        public string? Kvk { get; init; }

        [CommandOption("--sbi <SECTION>")]
        [Description("SBI 2008 section of the main activity, A–U (e.g. Q for health care).")]
        public string? Sbi { get; init; }

        [CommandOption("--size <SIZE>")]
        [Description("People working there: 1-9, 10-49, 50-249 or 250+.")]
        public string? Size { get; init; }

        [CommandOption("--works-council <BOOL>")]
        [Description("true when there is a works council (default: true from 50 people, WOR art. 2).")]
        public bool? WorksCouncil { get; init; }

        [CommandOption("--admin-email <EMAIL>")]
        [Description("E-mail address of the existing account that becomes the first administrator.")]
        public string? AdminEmail { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, Texts texts, CancellationToken ct)
    {
        var options = new Dictionary<string, FieldOption>(StringComparer.Ordinal)
        {
            ["Name"] = new("--name"),
            ["KvkNumber"] = new("--kvk"),
            ["SbiSection"] = new("--sbi"),
            ["Size"] = new("--size", texts.Format("Org.SizeValues", SizeOption.Accepted)),
            ["AdminEmail"] = new("--admin-email"),
        };
        if (string.IsNullOrWhiteSpace(settings.AdminEmail))
        {
            return Output.Reject(ValidationError.For("AdminEmail", texts["Org.AdminEmailRequired"]), texts, options);
        }

        var opened = await sessions.OpenAsync(texts, ct);
        if (!opened.TryGetValue(out var session))
        {
            return Output.Reject(opened.Error!, texts); // TryGetValue is false only with an error
        }

        await using (session)
        {
            var email = settings.AdminEmail.Trim();
            if (await session.Get<UserManager<RegieUser>>().FindByEmailAsync(email) is not { Email: { } address } account)
            {
                return Output.Reject(new CliNotFound(texts.Format("Org.NoAccount", email)), texts);
            }

            session.Enter(WorkplaceActor.User(account.Id, string.IsNullOrWhiteSpace(account.DisplayName) ? address : account.DisplayName, address));
            var request = new OrganisationRequest(settings.Name, settings.Kvk, settings.Sbi, SizeOption.Parse(settings.Size), settings.WorksCouncil);
            var created = await session.Get<OrganisationSetup>().CreateAsync(request, ct);
            if (!created.TryGetValue(out var organisation))
            {
                return Output.Reject(created.Error!, texts, options); // TryGetValue is false only with an error
            }

            return Output.Show(settings, texts, OrganisationRow.Of(organisation, members: 1, aiSystems: 0), (row, t) => new Rows(
                new Text(t.Format("Org.Created", row.Name, row.Id), new Style(decoration: Decoration.Bold)),
                new Text(t.Format("Org.CreatedAdmin", address)),
                new Text(t.Format("Org.CreatedNext", row.Id))));
        }
    }
}

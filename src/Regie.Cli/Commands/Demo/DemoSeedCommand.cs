using System.ComponentModel;
using Microsoft.AspNetCore.Identity;
using Regie.Cli.Commands.Org;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Core.Results;
using Regie.Storage.Identity;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// <c>regie demo seed</c>: a clearly fictitious care group with one account per role and four AI systems. When a demo
/// organisation exists already the command says so and exits 0; <c>--force</c> adds a fresh copy next to it (audit
/// events cannot be deleted, so an old demo cannot be removed) and gives the demo accounts a new password.
/// </summary>
[Description("Create a clearly fictitious demo organisation with one account per role and four AI systems, through the same use cases as the web app. Prints the accounts and their one password.")]
internal sealed class DemoSeedCommand(WorkplaceOutput output, WorkplaceSessions sessions, OperationalDatabase database, StandardInput stdin)
    : WorkplaceCommand<DemoSeedCommand.Settings>(output)
{
    public sealed class Settings : WorkplaceSettings
    {
        [CommandOption("-f|--force")]
        [Description("Create another copy when a demo organisation exists already, and give the demo accounts a new password.")]
        public bool Force { get; init; }

        [CommandOption("--password-stdin")]
        [Description("Read the demo accounts' password from the first line of stdin instead of generating one.")]
        public bool PasswordStdin { get; init; }
    }

    private DemoSignIn SignIn => new(OrgInviteCommand.DefaultBaseUrl + "/account/aanmelden", database.Describe(), database.Home);

    protected override async Task<int> RunAsync(Settings settings, Texts texts, CancellationToken ct)
    {
        var given = settings.PasswordStdin ? (await stdin.ReadLineAsync(ct))?.Trim() : null;
        var opened = await sessions.OpenAsync(texts, ct);
        if (!opened.TryGetValue(out var session))
        {
            return Output.Reject(opened.Error!, texts); // TryGetValue is false only with an error
        }

        await using (session)
        {
            var password = given ?? DemoPassword.Generate();
            if (settings.PasswordStdin && (string.IsNullOrEmpty(given) || !await new DemoAccounts(session.Get<UserManager<RegieUser>>()).AcceptsAsync(password)))
            {
                return Output.Reject(ValidationError.For("Password", texts.Format("Demo.PasswordRule", AccountRules.MinimumPasswordLength)), texts,
                    new Dictionary<string, FieldOption>(StringComparer.Ordinal) { ["Password"] = new("--password-stdin") });
            }

            var existing = await DemoSeeder.ExistingAsync(session, ct);
            if (existing.Count > 0 && !settings.Force)
            {
                var there = new DemoAlreadyThere([.. existing.Select(o => new DemoOrganisationRef(o.Id, o.Name))], SignIn);
                return Output.Show(settings, texts, there, DemoSeedView.AlreadyThere);
            }

            var name = DemoOrganisation.NameOfCopy(existing.Count + 1);
            var result = await SeedAsync(settings, session, texts, name, password, given is null, ct);
            return Output.Show(settings, texts, result, DemoSeedView.Seeded);
        }
    }

    private Task<DemoResult> SeedAsync(Settings settings, WorkplaceSession session, Texts texts, string name, string password, bool generated, CancellationToken ct)
    {
        Func<string, string> step = key => texts[key];
        if (settings.Json)
        {
            return new DemoSeeder(session, SilentProgress.Instance, step).SeedAsync(name, password, generated, SignIn, ct);
        }

        return Output.Console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var steps = new ProgressSteps(context);
                var seeded = await new DemoSeeder(session, steps, step).SeedAsync(name, password, generated, SignIn, ct);
                steps.Complete();
                return seeded;
            });
    }
}

/// <summary>The demo organisations that exist already (the --json shape when nothing was made).</summary>
internal sealed record DemoAlreadyThere(IReadOnlyList<DemoOrganisationRef> Existing, DemoSignIn SignIn);

internal sealed record DemoOrganisationRef(Guid Id, string Name);

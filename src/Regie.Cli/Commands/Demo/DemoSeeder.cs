using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Cli.Commands.Workplace;
using Regie.Core.Reference;
using Regie.Storage.Identity;
using Regie.Workplace;
using Regie.Workplace.Audit;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>What <c>regie demo seed</c> made (the --json shape); <see cref="Password"/> only when it was generated.</summary>
internal sealed record DemoResult(
    Guid OrganisationId,
    string Name,
    IReadOnlyList<DemoAccountRow> Accounts,
    IReadOnlyList<DemoSystemRow> AiSystems,
    int AuditEvents,
    bool AuditChainIntact,
    string? Password,
    DemoSignIn SignIn);

/// <summary>Where the demo is and how to reach it: the web host must run on the same database to show it.</summary>
internal sealed record DemoSignIn(string Url, string Database, string RegieHome);

internal sealed record DemoAccountRow(Role Role, string Email, string DisplayName);

/// <summary>
/// Seeds a demo organisation through the use cases, acting as its people, so the audit log reads as if they did
/// the work. Everything runs in one transaction: a failure leaves no half-made demo behind.
/// </summary>
internal sealed class DemoSeeder(WorkplaceSession session, IProgress<string> progress, Func<string, string> step)
{
    public async Task<DemoResult> SeedAsync(string name, string password, bool passwordGenerated, DemoSignIn signIn, CancellationToken ct)
    {
        // The shipped reference data (SBI sections, ILO task lists) comes from the analytical store, built on first use.
        progress.Report(step("Demo.Step.Reference"));
        await session.Get<IReferenceDataSource>().LoadAsync(ct);

        await using var transaction = await session.Db.Database.BeginTransactionAsync(ct);
        progress.Report(step("Demo.Step.Accounts"));
        var accounts = new DemoAccounts(session.Get<UserManager<RegieUser>>());
        var users = new Dictionary<Role, RegieUser>();
        foreach (var role in PermissionMatrix.AllRoles)
        {
            users[role] = await accounts.EnsureAsync(role, password);
        }

        progress.Report(step("Demo.Step.Organisation"));
        session.Enter(ActorOf(users[Role.OrgAdmin]));
        var organisation = Expected.Value(await session.Get<OrganisationSetup>().CreateAsync(DemoOrganisation.Request(name), ct), "create the organisation");
        var administrator = session.Get<ITenantScope>().Actor; // CreateAsync entered the founder's membership
        var structure = await DemoStructure.BuildAsync(session, ct);

        progress.Report(step("Demo.Step.People"));
        var cast = await InviteEveryRoleAsync(administrator, users, ct);

        progress.Report(step("Demo.Step.Systems"));
        var register = new DemoRegister(session, cast, structure);
        var systems = new List<DemoSystemRow>();
        foreach (var system in DemoSystems.All)
        {
            systems.Add(await register.AddAsync(system, ct));
        }

        await transaction.CommitAsync(ct);
        progress.Report(step("Demo.Step.Walk"));
        var walked = await register.FinishWalkAsync(systems, ct);
        session.Enter(cast[Role.Auditor]);
        var log = Expected.Value(await session.Get<AuditLog>().PageAsync(null, 1, 1, ct), "read the audit log");
        return new DemoResult(organisation.Id, organisation.Name,
            [.. PermissionMatrix.AllRoles.Select(r => new DemoAccountRow(r, users[r].Email!, users[r].DisplayName))], // demo accounts have an address
            walked, log.Total, log.FirstBreak is null, passwordGenerated ? password : null, signIn);
    }

    /// <summary>The administrator invites each other role; each account accepts its own invitation.</summary>
    private async Task<Dictionary<Role, WorkplaceActor>> InviteEveryRoleAsync(
        WorkplaceActor administrator, Dictionary<Role, RegieUser> users, CancellationToken ct)
    {
        var membership = session.Create<Membership>(new HeldMail());
        var cast = new Dictionary<Role, WorkplaceActor> { [Role.OrgAdmin] = administrator };
        foreach (var role in PermissionMatrix.AllRoles.Where(r => r != Role.OrgAdmin))
        {
            var user = users[role];
            session.Enter(administrator);
            // The "link" is the bare secret here: the seeder accepts it itself instead of opening a mail.
            var sent = Expected.Value(await membership.InviteAsync(user.Email, role, secret => secret, new InvitationText("nl"), ct), $"invite {user.Email}");
            session.Enter(ActorOf(user));
            var member = Expected.Value(await membership.AcceptAsync(sent.Link, ct), $"accept the invitation of {user.Email}");
            cast[role] = ActorOf(user).In(member);
        }

        return cast;
    }

    private static WorkplaceActor ActorOf(RegieUser user) => WorkplaceActor.User(user.Id, user.DisplayName, user.Email!); // demo accounts have an address

    /// <summary>The demo organisations already in the database, oldest first.</summary>
    public static async Task<IReadOnlyList<Organisation>> ExistingAsync(WorkplaceSession session, CancellationToken ct) =>
        await session.Get<IWorkplaceDb>().AllOrganisations().AsNoTracking()
            .Where(o => o.KvkNumber == DemoOrganisation.KvkNumber && EF.Functions.Like(o.Name, DemoOrganisation.BaseName + "%"))
            .OrderBy(o => o.CreatedAt).ToListAsync(ct);
}

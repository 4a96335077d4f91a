using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.Storage.Identity;
using Regie.TestKit.Workplace;
using Regie.Web.Tests.Account;
using Regie.Workplace.Assessments;
using Regie.Workplace.Concerns;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Measures;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Requests;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// A web host with two organisations, each with one account per role and real data in every part of the Workplace
/// (unit, worker group, job profile with tasks, screened AI system with duties, open invitation), made through the
/// use cases. Shared by the isolation tests of one class.
/// </summary>
public sealed class TwoOrganisations : IAsyncLifetime
{
    public TwoOrganisations()
        : this(new AccountHost())
    {
    }

    /// <summary>The same world on another host (voice: a host that captures its logs).</summary>
    internal TwoOrganisations(AccountHost host) => Host = host;

    public AccountHost Host { get; }

    public Seeded A { get; private set; } = null!; // set in InitializeAsync

    public Seeded B { get; private set; } = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync()
    {
        _ = Host.Server; // start the host: migrations and the analytical store
        A = await SeedAsync("Alfa Zorggroep", "alfa");
        B = await SeedAsync("Bravo Logistiek", "bravo");
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A browser signed in (cookie) as the member of <paramref name="org"/> holding <paramref name="role"/>.</summary>
    public async Task<AccountClient> SignedInAsync(Seeded org, Role role)
    {
        var browser = Host.Browser();
        using var response = await browser.Http.PostAsJsonAsync("/api/account/login?useCookies=true",
            new { email = org.Emails[role], password = Account.Accounts.Password }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {role} of {org.Name} answered {(int)response.StatusCode}.");
        return browser;
    }

    private async Task<Seeded> SeedAsync(string name, string slug)
    {
        var ct = TestContext.Current.CancellationToken;
        var emails = new Dictionary<Role, string>();
        var users = new Dictionary<Role, RegieUser>();
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>();
            foreach (var role in PermissionMatrix.AllRoles)
            {
                var email = $"{role.ToString().ToLowerInvariant()}@{slug}.example";
                var user = new RegieUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} {name}" };
                var created = await userManager.CreateAsync(user, Account.Accounts.Password);
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
                emails[role] = email;
                users[role] = user;
            }
        }

        Organisation organisation;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var admin = users[Role.OrgAdmin];
            scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.User(admin.Id, admin.DisplayName, admin.Email!));
            organisation = (await scope.ServiceProvider.GetRequiredService<OrganisationSetup>()
                .CreateAsync(new OrganisationRequest(name, "12345678", "H", SizeClass.From50To249), ct)).Value;
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", organisation.Id));
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            foreach (var (role, user) in users.Where(u => u.Key != Role.OrgAdmin))
            {
                db.Members.Add(new Member
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisation.Id,
                    UserId = user.Id,
                    DisplayName = user.DisplayName,
                    Email = user.Email!,
                    Roles = role,
                    JoinedAt = DateTimeOffset.UnixEpoch,
                });
            }

            await db.SaveChangesAsync(ct);
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", organisation.Id));
            var services = scope.ServiceProvider;
            var setup = services.GetRequiredService<OrganisationSetup>();
            var unit = (await setup.AddUnitAsync(new OrgUnitRequest($"Unit {name}", null), ct)).Value;
            var group = (await setup.AddWorkerGroupAsync(new WorkerGroupRequest($"Group {name}", unit.Id,
                ContractTypes.Employee | ContractTypes.Agency, HeadcountBand.From10To49, null), ct)).Value;
            var profile = (await services.GetRequiredService<JobProfileEditor>()
                .CreateAsync(new JobProfileRequest($"Profile {name}", "4110", null, group.Id), ct)).Value;
            var register = services.GetRequiredService<AiRegister>();
            var system = (await register.RegisterAsync(Some.AiSystem($"System {name}") with { WorkerGroupIds = [group.Id] }, ct)).Value;
            await register.MoveAsync(system.Id, AiSystemStatus.Intake, ct);
            await register.MoveAsync(system.Id, AiSystemStatus.Screening, ct);
            var run = (await services.GetRequiredService<ScreeningDesk>().RunAsync(system.Id, Answers.HighRisk(), ct)).Value;
            var invitation = (await services.GetRequiredService<Membership>()
                .InviteAsync($"invitee@{slug}.example", Role.Employee, s => s, new InvitationText("nl"), ct)).Value.Invitation;
            // Job impact assessment (issue 5, item 1): a draft assessment with one risk and one measure.
            var assessment = (await services.GetRequiredService<AssessmentDesk>().StartAsync(system.Id, new StartAssessmentRequest(group.Id), ct)).Value;
            var risk = (await services.GetRequiredService<RiskRegister>().AddAsync(assessment.Id,
                new RiskRequest($"Risk {name}", null, "RS13", 3, 3, null), ct)).Value;
            var measure = (await services.GetRequiredService<MeasureDesk>().CreateForRiskAsync(risk.Id,
                new MeasureRequest($"Measure {name}", null, null, null, null, NeedsWorksCouncilVerification: true), ct)).Value;
            var members = users.ToDictionary(u => u.Key, u => u.Value.Id);
            var memberIds = services.GetRequiredService<RegieDbContext>().Members.ToDictionary(m => m.UserId, m => m.Id);

            // Voice: an anonymous concern and an employee's request, so the isolation walk covers their routes too.
            var concernText = $"Concern of {name}";
            var concern = (await services.GetRequiredService<ConcernDesk>()
                .RaiseAnonymousAsync(organisation.Id, new ConcernInput(system.Id, ConcernCategory.Monitoring, concernText), ct)).Value.Concern;
            await using var asEmployee = Host.Services.CreateAsyncScope();
            var employee = users[Role.Employee];
            asEmployee.ServiceProvider.GetRequiredService<ITenantScope>().Enter(new WorkplaceActor(employee.Id, employee.DisplayName,
                organisation.Id, memberIds[employee.Id], Role.Employee, employee.Email));
            var request = (await asEmployee.ServiceProvider.GetRequiredService<DecisionRequests>().FileAsync(
                new RequestInput(DecisionRequestKind.Explanation, system.Id, $"Decision of {name}", "Why?"), ct)).Value;

            return new Seeded(organisation.Id, name, emails, unit.Id, group.Id, profile.Id, profile.Tasks[0].Id, system.Id,
                run.Duties[0].Id, invitation.Id, memberIds[members[Role.Employee]],
                [name, unit.Name, group.Name, profile.Title, system.Name, invitation.Email, concernText, concern.Reference, request.DecisionReference, risk.Title, measure.Title, .. emails.Values])
            {
                ConcernId = concern.Id,
                RequestId = request.Id,
                AssessmentId = assessment.Id,
                RiskId = risk.Id,
                MeasureId = measure.Id,
            };
        }
    }

    /// <summary>What was made for one organisation, and the texts that must never show up for another organisation.</summary>
    public sealed record Seeded(
        Guid Id, string Name, IReadOnlyDictionary<Role, string> Emails, Guid UnitId, Guid GroupId, Guid ProfileId, Guid TaskId,
        Guid SystemId, Guid DutyId, Guid InvitationId, Guid EmployeeMemberId, IReadOnlyList<string> Secrets)
    {
        /// <summary>Voice: an anonymous concern of this organisation.</summary>
        public Guid ConcernId { get; init; }

        /// <summary>Voice: the employee's request for explanation.</summary>
        public Guid RequestId { get; init; }
        // Job impact assessment (issue 5, item 1).
        public Guid AssessmentId { get; init; }

        public Guid RiskId { get; init; }

        public Guid MeasureId { get; init; }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.Storage.Identity;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.TestKit.Workplace;

/// <summary>
/// An organisation created through the use cases, with one account per role (each holding only that role), so that
/// tests can act as any role. Members are added directly as the seeder would, since invitations have their own tests.
/// </summary>
public sealed class SeededOrganisation
{
    private readonly Dictionary<Role, Member> _members;

    private SeededOrganisation(Organisation organisation, Dictionary<Role, Member> members)
    {
        Organisation = organisation;
        _members = members;
    }

    public Organisation Organisation { get; }

    public Guid Id => Organisation.Id;

    public Member MemberFor(Role role) => _members[role];

    /// <summary>The actor of the member that holds exactly <paramref name="role"/>.</summary>
    public WorkplaceActor As(Role role)
    {
        var m = _members[role];
        return new WorkplaceActor(m.UserId, m.DisplayName, m.OrganisationId, m.Id, m.Roles, m.Email);
    }

    public static async Task<SeededOrganisation> CreateAsync(WorkplaceServices services, string name, CancellationToken ct)
    {
        var slug = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        var admin = await AddAccountAsync(services, $"Admin {name}", $"admin@{slug}.example", ct);
        Organisation organisation;
        await using (var scope = services.As(WorkplaceActor.User(admin.Id, admin.DisplayName, admin.Email!)))
        {
            var created = await scope.ServiceProvider.GetRequiredService<OrganisationSetup>()
                .CreateAsync(new OrganisationRequest(name, "12345678", "J", SizeClass.From50To249), ct);
            organisation = created.Value;
        }

        var members = new Dictionary<Role, Member>();
        await using (var scope = services.As(WorkplaceActor.System("test-seed", organisation.Id)))
        {
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            members[Role.OrgAdmin] = await db.Members.SingleAsync(m => m.UserId == admin.Id, ct);
            foreach (var role in PermissionMatrix.AllRoles.Where(r => r != Role.OrgAdmin))
            {
                var account = await AddAccountAsync(services, $"{role} {name}", $"{role.ToString().ToLowerInvariant()}@{slug}.example", ct);
                var member = new Member
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = organisation.Id,
                    UserId = account.Id,
                    DisplayName = account.DisplayName,
                    Email = account.Email!,
                    Roles = role,
                    JoinedAt = services.Time.GetUtcNow(),
                };
                db.Members.Add(member);
                members[role] = member;
            }

            await db.SaveChangesAsync(ct);
        }

        return new SeededOrganisation(organisation, members);
    }

    /// <summary>Adds a sign-in account directly (tests of the workplace do not go through the sign-up pages).</summary>
    public static async Task<RegieUser> AddAccountAsync(WorkplaceServices services, string name, string email, CancellationToken ct)
    {
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var user = new RegieUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }
}

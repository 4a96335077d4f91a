using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.TestKit.Workplace;
using Regie.Web.Tests.Account;
using Regie.Workplace.Oversight;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>
/// <see cref="TwoOrganisations"/> with oversight set up in each: the Overseer-role member oversees the seeded system,
/// a second system exists, and each system has an API key (made through the use case).
/// </summary>
public sealed class OversightWorld : IAsyncLifetime
{
    private readonly TwoOrganisations _world = new();

    public AccountHost Host => _world.Host;

    public TwoOrganisations.Seeded A => _world.A;

    public TwoOrganisations.Seeded B => _world.B;

    public Setup OfA { get; private set; } = null!; // set in InitializeAsync

    public Setup OfB { get; private set; } = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync()
    {
        await _world.InitializeAsync();
        OfA = await SetUpAsync(A);
        OfB = await SetUpAsync(B);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    public Task<AccountClient> SignedInAsync(TwoOrganisations.Seeded org, Role role) => _world.SignedInAsync(org, role);

    /// <summary>A key made now for a system of <paramref name="org"/>, through the use case.</summary>
    public async Task<IssuedOversightKey> IssueKeyAsync(TwoOrganisations.Seeded org, Guid systemId, string label)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", org.Id));
        return (await scope.ServiceProvider.GetRequiredService<OversightKeys>()
            .IssueAsync(systemId, new OversightKeyRequest(label), TestContext.Current.CancellationToken)).Value;
    }

    private async Task<Setup> SetUpAsync(TwoOrganisations.Seeded org)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", org.Id));
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var overseer = await db.Members.Where(m => m.Roles == Role.Overseer).Select(m => m.Id).SingleAsync(ct);
        var owner = await db.Members.Where(m => m.Roles == Role.SystemOwner).Select(m => m.Id).SingleAsync(ct);
        db.Add(new AiSystemOverseer { OrganisationId = org.Id, AiSystemId = org.SystemId, MemberId = overseer });
        await db.SaveChangesAsync(ct);
        var second = (await scope.ServiceProvider.GetRequiredService<AiRegister>()
            .RegisterAsync(Some.AiSystem($"Second system {org.Name}") with { OverseerMemberIds = [overseer] }, ct)).Value;
        var keys = scope.ServiceProvider.GetRequiredService<OversightKeys>();
        var key = (await keys.IssueAsync(org.SystemId, new OversightKeyRequest("production"), ct)).Value;
        var secondKey = (await keys.IssueAsync(second.Id, new OversightKeyRequest("production"), ct)).Value;
        return new Setup(overseer, owner, second.Id, key.Secret, secondKey.Secret);
    }

    /// <summary>The overseer and owner member ids, the second system and the secrets of both systems' keys.</summary>
    public sealed record Setup(Guid OverseerId, Guid OwnerId, Guid SecondSystemId, string Key, string SecondKey);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Storage.Auditing;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Tests.Workplace;

/// <summary>Isolation holds in the data layer: queries never return, and saves never write, another organisation's rows.</summary>
public sealed class TenantIsolationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Every_set_shows_only_the_current_organisations_rows(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var a = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var b = await SeededOrganisation.CreateAsync(services, "Bravo Logistiek", Ct);
        await using (var scope = services.As(b.As(Role.OrgAdmin)))
        {
            var setup = scope.ServiceProvider.GetRequiredService<OrganisationSetup>();
            await setup.AddUnitAsync(new OrgUnitRequest("Warehouse", null), Ct);
        }

        await using var asA = services.As(a.As(Role.OrgAdmin));
        var db = asA.ServiceProvider.GetRequiredService<RegieDbContext>();

        Assert.Equal([a.Id], await db.Organisations.Select(o => o.Id).ToListAsync(Ct));
        Assert.All(await db.Members.ToListAsync(Ct), m => Assert.Equal(a.Id, m.OrganisationId));
        Assert.Empty(await db.OrgUnits.ToListAsync(Ct));
        Assert.All(await db.AuditEvents.ToListAsync(Ct), e => Assert.Equal(a.Id, e.OrganisationId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_system_of_another_organisation_is_not_found(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var a = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var b = await SeededOrganisation.CreateAsync(services, "Bravo Logistiek", Ct);
        Guid systemOfB;
        await using (var scope = services.As(b.As(Role.SystemOwner)))
        {
            systemOfB = (await scope.ServiceProvider.GetRequiredService<AiRegister>().RegisterAsync(Some.AiSystem(), Ct)).Value.Id;
        }

        await using var asA = services.As(a.As(Role.SystemOwner));
        var update = await asA.ServiceProvider.GetRequiredService<AiRegister>().UpdateAsync(systemOfB, Some.AiSystem("Taken over"), Ct);
        var detail = await asA.ServiceProvider.GetRequiredService<RegisterQueries>().DetailAsync(systemOfB, Ct);

        Assert.IsType<WorkplaceNotFound>(update.Error);
        Assert.IsType<WorkplaceNotFound>(detail.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Saving_a_row_of_another_organisation_is_refused(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var a = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var b = await SeededOrganisation.CreateAsync(services, "Bravo Logistiek", Ct);
        await using var asA = services.As(a.As(Role.OrgAdmin));
        var db = asA.ServiceProvider.GetRequiredService<RegieDbContext>();

        db.OrgUnits.Add(new OrgUnit { Id = Guid.NewGuid(), OrganisationId = b.Id, Name = "Planted" });

        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
    }
}

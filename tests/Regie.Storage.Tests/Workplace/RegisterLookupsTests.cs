using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Storage.Tests.Workplace;

/// <summary>The register's lookups: each system's newest risk class and members' names, for the register's readers only.</summary>
public sealed class RegisterLookupsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Each_screened_system_has_the_class_of_its_newest_screening(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        Guid rescreened, unscreened;
        await using (var asOwner = services.As(org.As(Role.SystemOwner)))
        {
            var register = asOwner.ServiceProvider.GetRequiredService<AiRegister>();
            var desk = asOwner.ServiceProvider.GetRequiredService<ScreeningDesk>();
            rescreened = (await register.RegisterAsync(Some.AiSystem("Rooster"), Ct)).Value.Id;
            unscreened = (await register.RegisterAsync(Some.AiSystem("Chatbot"), Ct)).Value.Id;
            Assert.True((await desk.RunAsync(rescreened, Answers.HighRisk(), Ct)).IsSuccess);
            services.Time.Advance(TimeSpan.FromDays(1));
            Assert.True((await desk.RunAsync(rescreened, Answers.Minimal(), Ct)).IsSuccess);
        }

        await using var asCouncil = services.As(org.As(Role.WorksCouncil));
        var risks = (await asCouncil.ServiceProvider.GetRequiredService<RegisterLookups>().LatestRiskClassesAsync(Ct)).Value;

        Assert.Equal(RiskClass.Minimal, risks[rescreened]);
        Assert.False(risks.ContainsKey(unscreened));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Register_readers_get_every_members_name_and_employees_get_none(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);

        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var names = await asOwner.ServiceProvider.GetRequiredService<RegisterLookups>().MemberNamesAsync(Ct);
        await using var asEmployee = services.As(org.As(Role.Employee));
        var denied = await asEmployee.ServiceProvider.GetRequiredService<RegisterLookups>().MemberNamesAsync(Ct);

        Assert.Equal(PermissionMatrix.AllRoles.Count, names.Value.Count);
        Assert.Contains(names.Value, n => n.Id == org.MemberFor(Role.Executive).Id && n.DisplayName == org.MemberFor(Role.Executive).DisplayName);
        Assert.Equal(names.Value.Select(n => n.DisplayName).Order(StringComparer.Ordinal), names.Value.Select(n => n.DisplayName));
        Assert.Equal(Permission.ViewRegister, Assert.IsType<NotAllowed>(denied.Error).Permission);
    }
}

using Regie.Workplace.Literacy;
using Regie.Workplace.People;

namespace Regie.Workplace.Tests.Literacy;

public sealed class RequiredLevelsTests
{
    private static readonly Dictionary<Role, LiteracyLevel> NoSettings = [];

    public static TheoryData<Role, LiteracyLevel> Defaults => new()
    {
        { Role.Employee, LiteracyLevel.Bewust },
        { Role.Overseer, LiteracyLevel.Bekwaam },
        { Role.Employee | Role.Overseer, LiteracyLevel.Bekwaam },
        { Role.OrgAdmin | Role.SystemOwner, LiteracyLevel.Bewust },
        { Role.None, LiteracyLevel.None },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Without_settings_overseers_need_bekwaam_and_everyone_else_bewust(Role roles, LiteracyLevel expected) =>
        Assert.Equal(expected, RequiredLevels.Effective(roles, NoSettings, []).Level);

    [Fact]
    public void The_organisations_setting_replaces_the_default_of_a_role_even_downwards()
    {
        var settings = new Dictionary<Role, LiteracyLevel> { [Role.Overseer] = LiteracyLevel.Bewust, [Role.SystemOwner] = LiteracyLevel.Expert };

        Assert.Equal(LiteracyLevel.Bewust, RequiredLevels.Effective(Role.Overseer, settings, []).Level);
        Assert.Equal(LiteracyLevel.Expert, RequiredLevels.Effective(Role.SystemOwner | Role.Employee, settings, []).Level);
    }

    [Fact]
    public void A_system_that_asks_more_raises_the_requirement_of_its_overseers_and_is_named_as_the_reason()
    {
        var system = Guid.NewGuid();

        var required = RequiredLevels.Effective(Role.Overseer, NoSettings, [(system, "Rooster", LiteracyLevel.Vloeiend)]);

        Assert.Equal(LiteracyLevel.Vloeiend, required.Level);
        var source = Assert.Single(required.Sources);
        Assert.Equal(system, source.AiSystemId);
        Assert.Equal("Rooster", source.SystemName);
    }

    [Fact]
    public void A_system_that_asks_less_than_the_role_never_lowers_it()
    {
        var required = RequiredLevels.Effective(Role.Overseer, NoSettings, [(Guid.NewGuid(), "Chat", LiteracyLevel.Bewust)]);

        Assert.Equal(LiteracyLevel.Bekwaam, required.Level);
        Assert.Equal(Role.Overseer, Assert.Single(required.Sources).Role);
    }

    [Fact]
    public void Every_role_that_sets_the_maximum_is_given_as_a_reason()
    {
        var settings = new Dictionary<Role, LiteracyLevel> { [Role.Executive] = LiteracyLevel.Bekwaam };

        var required = RequiredLevels.Effective(Role.Executive | Role.Overseer | Role.Employee, settings, []);

        Assert.Equal([Role.Executive, Role.Overseer], required.Sources.Select(s => s.Role!.Value).Order());
    }
}

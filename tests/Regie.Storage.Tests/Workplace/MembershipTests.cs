using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests.Workplace;

/// <summary>People join by an e-mailed link, with the roles they were invited for, and an organisation keeps an administrator.</summary>
public sealed class MembershipTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_invited_person_joins_with_the_invited_roles(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var account = await SeededOrganisation.AddAccountAsync(services, "Nina Nieuw", "nina@alfa.example", Ct);
        string link;
        await using (var asAdmin = services.As(org.As(Role.OrgAdmin)))
        {
            var sent = await asAdmin.ServiceProvider.GetRequiredService<Membership>()
                .InviteAsync("Nina@Alfa.example", Role.Employee | Role.Overseer, s => $"https://regie.example/uitnodiging/{s}", new InvitationText("nl"), Ct);
            link = sent.Value.Link;
        }

        await using var asNina = services.As(WorkplaceActor.User(account.Id, "Nina Nieuw", "nina@alfa.example"));
        var joined = await asNina.ServiceProvider.GetRequiredService<Membership>().AcceptAsync(link.Split('/')[^1], Ct);
        var again = await asNina.ServiceProvider.GetRequiredService<Membership>().AcceptAsync(link.Split('/')[^1], Ct);

        var mail = Assert.Single(services.Outbox.Sent);
        Assert.Equal("nina@alfa.example", mail.To);
        Assert.Contains(link, mail.Text, StringComparison.Ordinal);
        Assert.Equal(Role.Employee | Role.Overseer, joined.Value.Roles);
        Assert.Equal(org.Id, joined.Value.OrganisationId);
        Assert.IsType<InvitationNotValid>(again.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_forwarded_invitation_does_not_let_another_account_in(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var other = await SeededOrganisation.AddAccountAsync(services, "Ander", "ander@elders.example", Ct);
        string secret;
        await using (var asAdmin = services.As(org.As(Role.OrgAdmin)))
        {
            secret = (await asAdmin.ServiceProvider.GetRequiredService<Membership>()
                .InviteAsync("nina@alfa.example", Role.Employee, s => s, new InvitationText("nl"), Ct)).Value.Link;
        }

        await using var asOther = services.As(WorkplaceActor.User(other.Id, "Ander", "ander@elders.example"));
        var result = await asOther.ServiceProvider.GetRequiredService<Membership>().AcceptAsync(secret, Ct);

        Assert.IsType<InvitationForAnotherAddress>(result.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_expired_invitation_does_not_work(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var account = await SeededOrganisation.AddAccountAsync(services, "Late Lex", "lex@alfa.example", Ct);
        string secret;
        await using (var asAdmin = services.As(org.As(Role.OrgAdmin)))
        {
            var sent = await asAdmin.ServiceProvider.GetRequiredService<Membership>()
                .InviteAsync("lex@alfa.example", Role.Employee, s => s, new InvitationText("en"), Ct);
            secret = sent.Value.Link;
        }

        services.Time.Advance(Membership.InvitationLifetime + TimeSpan.FromMinutes(1));
        await using var asLex = services.As(WorkplaceActor.User(account.Id, "Late Lex", "lex@alfa.example"));
        var result = await asLex.ServiceProvider.GetRequiredService<Membership>().AcceptAsync(secret, Ct);

        Assert.IsType<InvitationNotValid>(result.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_last_administrator_keeps_the_role(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asAdmin = services.As(org.As(Role.OrgAdmin));
        var membership = asAdmin.ServiceProvider.GetRequiredService<Membership>();

        var demote = await membership.ChangeRolesAsync(org.MemberFor(Role.OrgAdmin).Id, Role.Employee, Ct);
        var remove = await membership.RemoveAsync(org.MemberFor(Role.OrgAdmin).Id, Ct);

        Assert.IsType<LastAdministrator>(demote.Error);
        Assert.IsType<LastAdministrator>(remove.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Bad_invitation_input_names_each_field(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asAdmin = services.As(org.As(Role.OrgAdmin));

        var result = await asAdmin.ServiceProvider.GetRequiredService<Membership>()
            .InviteAsync("not-an-address", Role.None, s => s, new InvitationText("nl"), Ct);

        var invalid = Assert.IsType<Regie.Core.Results.ValidationError>(result.Error);
        Assert.Equal(["Email", "Roles"], invalid.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(services.Outbox.Sent);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_job_profile_starts_with_its_occupations_tasks_and_edits_become_the_organisations_own(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asOwner = services.As(org.As(Role.SystemOwner));
        var editor = asOwner.ServiceProvider.GetRequiredService<Regie.Workplace.JobProfiles.JobProfileEditor>();

        var profile = (await editor.CreateAsync(new("Secretaresse", "4110", null, null), Ct)).Value;
        var startingTasks = profile.Tasks.OrderBy(t => t.Position).Select(t => t.Text).ToList();
        var edited = (await editor.EditTaskAsync(profile.Tasks[0].Id, new("Post en dossiers beheren", 30), Ct)).Value;
        var unknown = await editor.CreateAsync(new("Onbekend", "9999", null, null), Ct);

        Assert.Equal(FakeOccupationTasks.Clerks.Tasks.Select(t => t.Text), startingTasks);
        Assert.Equal(Regie.Workplace.JobProfiles.TaskOrigin.Organisation, edited.Origin);
        Assert.Equal("ilo:4110:1", edited.SourceRef);
        Assert.Contains("IscoCode", Assert.IsType<Regie.Core.Results.ValidationError>(unknown.Error).Fields.Keys);
    }
}

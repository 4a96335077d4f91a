using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Concerns;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests.Workplace.Concerns;

/// <summary>
/// The anonymous concern channel on both databases: no identity in the rows or the audit log, only the hash of the
/// secret link stored, the same answer for every wrong link, and the two-way conversation through the link.
/// </summary>
public sealed class ConcernChannelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_signed_in_member_who_raises_anonymously_leaves_no_trace_of_themself(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var systemId = await RegisterSystemAsync(services, org);
        var employee = org.MemberFor(Role.Employee);
        var before = await AuditCountAsync(services, org);

        string token;
        await using (var scope = services.As(org.As(Role.Employee)))
        {
            var raised = await scope.ServiceProvider.GetRequiredService<ConcernDesk>()
                .RaiseAnonymousAsync(org.Id, new ConcernInput(systemId, ConcernCategory.Monitoring, "Het systeem houdt bij hoe lang ik pauzeer."), Ct);
            token = raised.Value.Token;
            Assert.Equal(org.As(Role.Employee), scope.ServiceProvider.GetRequiredService<ITenantScope>().Actor);
        }

        await using var read = services.As(WorkplaceActor.System("test-read", org.Id));
        var db = read.ServiceProvider.GetRequiredService<RegieDbContext>();
        var concern = await db.Concerns.AsNoTracking().SingleAsync(Ct);
        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).Skip(before).ToListAsync(Ct);
        var identity = new[] { employee.UserId, employee.DisplayName, employee.Email, employee.Id.ToString(), nameof(Role.Employee) };
        var rowText = JsonSerializer.Serialize(concern);
        var auditText = JsonSerializer.Serialize(events);

        Assert.True(concern.Anonymous);
        Assert.Null(concern.RaisedByMemberId);
        Assert.All(events, e => Assert.Equal((ConcernRaiser.ActorId, "Anonymous raiser", ""), (e.ActorId, e.ActorName, e.ActorRoles)));
        Assert.All(identity, secret => Assert.DoesNotContain(secret, rowText, StringComparison.OrdinalIgnoreCase));
        Assert.All(identity, secret => Assert.DoesNotContain(secret, auditText, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(token, rowText + auditText, StringComparison.Ordinal);
        Assert.DoesNotContain("pauzeer", auditText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Only_the_hash_of_the_secret_link_is_stored(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var token = await RaiseAsync(services, org, "Mijn rooster klopt niet.");

        await using var read = services.As(WorkplaceActor.System("test-read", org.Id));
        var concern = await read.ServiceProvider.GetRequiredService<RegieDbContext>().Concerns.AsNoTracking().SingleAsync(Ct);

        Assert.Equal(ConcernSecret.Hash(token), concern.TokenHash);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(concern), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_wrong_link_gets_the_same_answer_as_a_malformed_one(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var token = await RaiseAsync(services, org, "Mijn rooster klopt niet.");
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var desk = scope.ServiceProvider.GetRequiredService<ConcernDesk>();

        var right = await desk.ReadAsync(token, Ct);
        var wrong = await desk.ReadAsync(ConcernSecret.NewToken(), Ct);
        var almost = await desk.ReadAsync(token[..^1] + (token[^1] == 'a' ? 'b' : 'a'), Ct);
        var malformed = await desk.ReadAsync("../../etc", Ct);

        Assert.True(right.IsSuccess);
        Assert.Equal(new ConcernLinkNotValid(), wrong.Error);
        Assert.Equal(new ConcernLinkNotValid(), almost.Error);
        Assert.Equal(new ConcernLinkNotValid(), malformed.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_raiser_and_the_handler_talk_through_the_link_until_the_case_is_closed(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var token = await RaiseAsync(services, org, "Mijn rooster klopt niet.");
        var id = await OnlyConcernIdAsync(services, org);

        await using (var handler = services.As(org.As(Role.Reviewer)))
        {
            var cases = handler.ServiceProvider.GetRequiredService<ConcernCases>();
            Assert.True((await cases.MoveAsync(id, ConcernStatus.UnderInvestigation, Ct)).IsSuccess);
            Assert.True((await cases.AnswerAsync(id, "Kunt u zeggen om welke week het gaat?", Ct)).IsSuccess);
        }

        await using (var raiser = services.As(WorkplaceActor.Anonymous))
        {
            var replied = await raiser.ServiceProvider.GetRequiredService<ConcernDesk>().ReplyAsync(token, "Week 49.", Ct);
            Assert.Equal(ConcernStatus.UnderInvestigation, replied.Value.Status);
        }

        await using (var handler = services.As(org.As(Role.PrivacyOfficer)))
        {
            var cases = handler.ServiceProvider.GetRequiredService<ConcernCases>();
            await cases.AnswerAsync(id, "Het rooster van week 49 is aangepast.", Ct);
            var closed = await cases.MoveAsync(id, ConcernStatus.Closed, Ct);
            Assert.Equal(ConcernStatus.Closed, closed.Value.Summary.Status);
            Assert.Equal(["Mijn rooster klopt niet.", "Kunt u zeggen om welke week het gaat?", "Week 49.", "Het rooster van week 49 is aangepast."],
                [closed.Value.ConcernText, .. closed.Value.Messages.Select(m => m.Text)]);
        }

        await using var late = services.As(WorkplaceActor.Anonymous);
        var desk = late.ServiceProvider.GetRequiredService<ConcernDesk>();
        var thread = (await desk.ReadAsync(token, Ct)).Value;
        var refused = await desk.ReplyAsync(token, "Nog een vraag.", Ct);

        Assert.Equal([false, true, false], thread.Messages.Select(m => m.FromRaiser));
        Assert.All(thread.Messages, m => Assert.Null(m.Author));
        Assert.IsType<ConcernClosed>(refused.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Only_confidential_handlers_read_cases_and_the_works_council_sees_counts(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await RaiseAsync(services, org, "Te veel werk sinds de nieuwe planner.", ConcernCategory.Workload);
        await RaiseAsync(services, org, "Ik word gevolgd.", ConcernCategory.Monitoring);

        await using var asCouncil = services.As(org.As(Role.WorksCouncil));
        var council = asCouncil.ServiceProvider.GetRequiredService<ConcernCases>();
        var list = await council.ListAsync(Ct);
        var figures = (await council.FiguresAsync(Ct)).Value;
        await using var asExecutive = services.As(org.As(Role.Executive));
        var executive = await asExecutive.ServiceProvider.GetRequiredService<ConcernCases>().ListAsync(Ct);

        Assert.IsType<NotAllowed>(list.Error);
        Assert.IsType<NotAllowed>(executive.Error);
        Assert.Equal(2, figures.Total);
        Assert.Equal(1, figures.ByCategory.Single(c => c.Category == ConcernCategory.Workload).Count);
        Assert.Equal(2, figures.ByStatus.Single(s => s.Status == ConcernStatus.Received).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_retaliation_check_is_kept_on_the_case_and_signs_need_a_note(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await RaiseAsync(services, org, "Sinds mijn melding krijg ik minder diensten.");
        var id = await OnlyConcernIdAsync(services, org);
        await using var scope = services.As(org.As(Role.Reviewer));
        var cases = scope.ServiceProvider.GetRequiredService<ConcernCases>();

        var withoutNote = await cases.CheckRetaliationAsync(id, new RetaliationInput(RetaliationCheck.SignsFoundActionTaken, null), Ct);
        var recorded = await cases.CheckRetaliationAsync(id,
            new RetaliationInput(RetaliationCheck.SignsFoundActionTaken, "Roosterregels voor het team nagelopen en hersteld."), Ct);

        Assert.Contains("Note", Assert.IsType<Regie.Core.Results.ValidationError>(withoutNote.Error).Fields.Keys);
        Assert.Equal(RetaliationCheck.SignsFoundActionTaken, recorded.Value.Summary.RetaliationCheck);
        Assert.Equal(new DateOnly(2026, 11, 27), recorded.Value.RetaliationCheckedOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_handler_of_another_organisation_finds_nothing(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var alfa = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var bravo = await SeededOrganisation.CreateAsync(services, "Bravo Bouw", Ct);
        await RaiseAsync(services, alfa, "Mijn rooster klopt niet.");
        var id = await OnlyConcernIdAsync(services, alfa);
        await using var scope = services.As(bravo.As(Role.Reviewer));
        var cases = scope.ServiceProvider.GetRequiredService<ConcernCases>();

        var detail = await cases.DetailAsync(id, Ct);
        var answer = await cases.AnswerAsync(id, "Gezien.", Ct);
        var list = (await cases.ListAsync(Ct)).Value;

        Assert.IsType<WorkplaceNotFound>(detail.Error);
        Assert.IsType<WorkplaceNotFound>(answer.Error);
        Assert.Empty(list);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_concern_raised_by_name_shows_the_raiser_to_the_handler(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using (var scope = services.As(org.As(Role.Employee)))
        {
            var raised = await scope.ServiceProvider.GetRequiredService<ConcernDesk>()
                .RaiseNamedAsync(new ConcernInput(null, ConcernCategory.Error, "De planner rekent mijn contracturen verkeerd."), Ct);
            Assert.False(raised.Value.Concern.Anonymous);
        }

        var id = await OnlyConcernIdAsync(services, org);
        await using var handler = services.As(org.As(Role.Reviewer));
        var detail = (await handler.ServiceProvider.GetRequiredService<ConcernCases>().DetailAsync(id, Ct)).Value;

        Assert.Equal(org.MemberFor(Role.Employee).DisplayName, detail.RaisedBy);
    }

    private static async Task<string> RaiseAsync(WorkplaceServices services, SeededOrganisation org, string text,
        ConcernCategory category = ConcernCategory.Error)
    {
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var raised = await scope.ServiceProvider.GetRequiredService<ConcernDesk>()
            .RaiseAnonymousAsync(org.Id, new ConcernInput(null, category, text), Ct);
        return raised.Value.Token;
    }

    private static async Task<Guid> OnlyConcernIdAsync(WorkplaceServices services, SeededOrganisation org)
    {
        await using var scope = services.As(org.As(Role.Reviewer));
        return (await scope.ServiceProvider.GetRequiredService<ConcernCases>().ListAsync(Ct)).Value.Single().Id;
    }

    private static async Task<Guid> RegisterSystemAsync(WorkplaceServices services, SeededOrganisation org)
    {
        await using var scope = services.As(org.As(Role.SystemOwner));
        return (await scope.ServiceProvider.GetRequiredService<AiRegister>().RegisterAsync(Some.AiSystem(), Ct)).Value.Id;
    }

    private static async Task<int> AuditCountAsync(WorkplaceServices services, SeededOrganisation org)
    {
        await using var scope = services.As(WorkplaceActor.System("test-read", org.Id));
        return await scope.ServiceProvider.GetRequiredService<RegieDbContext>().AuditEvents.CountAsync(Ct);
    }
}

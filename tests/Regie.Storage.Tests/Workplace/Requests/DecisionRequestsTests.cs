using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Requests;
using Regie.Workplace.Tenancy;
using static Regie.Workplace.Requests.DecisionRequestStatus;

namespace Regie.Storage.Tests.Workplace.Requests;

/// <summary>Requests for explanation or human review on both databases: deadlines from the clock, the flow, who may move.</summary>
public sealed class DecisionRequestsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_request_gets_its_deadlines_from_the_day_it_came_in(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var systemId = await RegisterSystemAsync(services, org);

        var filed = await FileAsync(services, org, systemId);

        // Friday 27 November 2026, 10:00 in Amsterdam.
        Assert.Equal(new DateOnly(2026, 11, 27), filed.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 12, 4), filed.AcknowledgeBy);
        Assert.Equal(new DateOnly(2026, 12, 7), filed.ReviewStartBy);
        Assert.Equal(new DateOnly(2026, 12, 28), filed.AnswerBy);
        Assert.Equal(Received, filed.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_request_goes_from_received_to_closed_through_an_appeal_and_every_step_is_audited(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = (await FileAsync(services, org, await RegisterSystemAsync(services, org))).Id;

        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(Acknowledged));
        await MoveAsync(services, org, Role.Overseer, id, new RequestMove(InHumanReview));
        await MoveAsync(services, org, Role.Overseer, id, new RequestMove(Answered, "De planner keek alleen naar beschikbaarheid.", RequestOutcome.DecisionUpheld));
        await MoveAsync(services, org, Role.Employee, id, new RequestMove(Appealed, "Mijn beschikbaarheid was wel doorgegeven."));
        var closed = await MoveAsync(services, org, Role.PrivacyOfficer, id,
            new RequestMove(Closed, "Uw beschikbaarheid was niet verwerkt; het rooster is aangepast.", RequestOutcome.DecisionChanged));

        await using var read = services.As(WorkplaceActor.System("test-read", org.Id));
        var statuses = await read.ServiceProvider.GetRequiredService<RegieDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(DecisionRequest) && e.After != null && e.After.Contains("\"Status\""))
            .OrderBy(e => e.Sequence).Select(e => e.ActorName).ToListAsync(Ct);
        Assert.Equal(Closed, closed.Status);
        Assert.Equal(RequestOutcome.DecisionChanged, closed.Outcome);
        Assert.Equal(new DateOnly(2026, 12, 28), closed.AppealBy);
        Assert.Equal(new DateOnly(2026, 12, 28), closed.AppealDecisionBy);
        Assert.Equal(
            [org.MemberFor(Role.Employee).DisplayName, org.MemberFor(Role.Reviewer).DisplayName, org.MemberFor(Role.Overseer).DisplayName,
             org.MemberFor(Role.Overseer).DisplayName, org.MemberFor(Role.Employee).DisplayName, org.MemberFor(Role.PrivacyOfficer).DisplayName],
            statuses);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_requester_cannot_handle_their_own_request_and_others_cannot_read_it(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = (await FileAsync(services, org, await RegisterSystemAsync(services, org))).Id;

        var ownMove = await TryMoveAsync(services, org, Role.Employee, id, new RequestMove(Acknowledged));
        var councilRead = await TryDetailAsync(services, org, Role.WorksCouncil, id);
        var executiveMove = await TryMoveAsync(services, org, Role.Executive, id, new RequestMove(Acknowledged));

        Assert.IsType<RequestMoveNotAllowed>(ownMove.Error);
        Assert.IsType<NotAllowed>(councilRead.Error);
        Assert.IsType<NotAllowed>(executiveMove.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_answer_needs_text_and_an_outcome(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = (await FileAsync(services, org, await RegisterSystemAsync(services, org))).Id;
        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(Acknowledged));
        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(InHumanReview));

        var empty = await TryMoveAsync(services, org, Role.Reviewer, id, new RequestMove(Answered, " ", null));

        var fields = Assert.IsType<ValidationError>(empty.Error).Fields;
        Assert.Equal(["Outcome", "Text"], fields.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_request_past_its_step_deadline_shows_as_overdue_and_comes_first(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var systemId = await RegisterSystemAsync(services, org);
        var late = (await FileAsync(services, org, systemId)).Id;
        services.Time.Advance(TimeSpan.FromDays(7)); // Friday 4 December: the first one's acknowledgement is due today
        var fresh = (await FileAsync(services, org, systemId)).Id;

        services.Time.Advance(TimeSpan.FromDays(1)); // Saturday 5 December
        await using var scope = services.As(org.As(Role.Reviewer));
        var list = (await scope.ServiceProvider.GetRequiredService<DecisionRequests>().ListAsync(Ct)).Value;
        var figures = (await scope.ServiceProvider.GetRequiredService<DecisionRequests>().FiguresAsync(Ct)).Value;

        Assert.Equal([late, fresh], list.Select(r => r.Id));
        Assert.Equal([true, false], list.Select(r => r.Overdue));
        Assert.Equal(1, figures.Overdue);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task An_appeal_after_the_window_is_refused(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var id = (await FileAsync(services, org, await RegisterSystemAsync(services, org))).Id;
        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(Acknowledged));
        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(InHumanReview));
        await MoveAsync(services, org, Role.Reviewer, id, new RequestMove(Answered, "Uitleg gegeven.", RequestOutcome.ExplanationGiven));

        services.Time.Advance(TimeSpan.FromDays(32)); // past 28 December 2026
        var appeal = await TryMoveAsync(services, org, Role.Employee, id, new RequestMove(Appealed, "Ik ben het er niet mee eens."));

        Assert.Equal(new AppealWindowClosed(new DateOnly(2026, 12, 28)), appeal.Error);
    }

    private static async Task<RequestView> FileAsync(WorkplaceServices services, SeededOrganisation org, Guid systemId)
    {
        await using var scope = services.As(org.As(Role.Employee));
        var filed = await scope.ServiceProvider.GetRequiredService<DecisionRequests>().FileAsync(
            new RequestInput(DecisionRequestKind.HumanReview, systemId, "Rooster week 49", "Waarom kreeg ik geen avonddiensten?"), Ct);
        Assert.True(filed.IsSuccess, filed.Error?.Message);
        return filed.Value;
    }

    private static async Task<RequestView> MoveAsync(WorkplaceServices services, SeededOrganisation org, Role role, Guid id, RequestMove move)
    {
        var moved = await TryMoveAsync(services, org, role, id, move);
        Assert.True(moved.IsSuccess, moved.Error?.Message);
        return moved.Value;
    }

    private static async Task<Result<RequestView>> TryMoveAsync(WorkplaceServices services, SeededOrganisation org, Role role, Guid id, RequestMove move)
    {
        await using var scope = services.As(org.As(role));
        return await scope.ServiceProvider.GetRequiredService<DecisionRequests>().MoveAsync(id, move, Ct);
    }

    private static async Task<Result<RequestView>> TryDetailAsync(WorkplaceServices services, SeededOrganisation org, Role role, Guid id)
    {
        await using var scope = services.As(org.As(role));
        return await scope.ServiceProvider.GetRequiredService<DecisionRequests>().DetailAsync(id, Ct);
    }

    private static async Task<Guid> RegisterSystemAsync(WorkplaceServices services, SeededOrganisation org)
    {
        await using var scope = services.As(org.As(Role.SystemOwner));
        return (await scope.ServiceProvider.GetRequiredService<AiRegister>().RegisterAsync(Some.AiSystem(), Ct)).Value.Id;
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;
using static Regie.Workplace.Requests.DecisionRequestStatus;

namespace Regie.Workplace.Requests;

/// <summary>
/// Requests for an explanation or a human review of a decision an AI system took part in: filing (every member), the
/// handlers' moves through <see cref="DecisionRequestFlow"/> with the deadlines of <see cref="RequestDeadlines"/>, and
/// the requester's appeal or acceptance. Every move is saved and therefore audited.
/// </summary>
public sealed class DecisionRequests(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    private const int MaxText = 4000;

    public async Task<Result<RequestView>> FileAsync(RequestInput input, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.FileRequest) is { } denied)
        {
            return denied;
        }

        if (scope.Actor.MemberId is not { } requester)
        {
            return ValidationError.For("Requester", "Only a member can file a request.");
        }

        var check = new Validation()
            .Check(input.Kind is { } k && Enum.IsDefined(k), "Kind", "Choose what you ask for.")
            .Require("DecisionReference", input.DecisionReference, 300, "Which decision")
            .Require("Question", input.Question, MaxText, "Your question");
        check.Check(input.AiSystemId is { } s && await db.AiSystems.AnyAsync(x => x.Id == s, ct), "AiSystemId", "Choose the AI system.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var today = time.Today();
        var schedule = RequestDeadlines.For(today);
        var request = new DecisionRequest
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny checked the organisation
            Kind = input.Kind!.Value,
            RequesterMemberId = requester,
            AiSystemId = input.AiSystemId!.Value,
            DecisionReference = input.DecisionReference!.Trim(),
            Question = input.Question!.Trim(),
            ReceivedOn = today,
            AcknowledgeBy = schedule.AcknowledgeBy,
            ReviewStartBy = schedule.ReviewStartBy,
            AnswerBy = schedule.AnswerBy,
        };
        db.DecisionRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(request, handler: false, ct);
    }

    /// <summary>The AI systems a request can be about (all but decommissioned ones), by name.</summary>
    public async Task<Result<IReadOnlyList<Concerns.SystemChoice>>> SystemsAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.FileRequest) is { } denied)
        {
            return denied;
        }

        return await db.AiSystems.AsNoTracking().Where(s => s.Status != Register.AiSystemStatus.Decommissioned).OrderBy(s => s.Name)
            .Select(s => new Concerns.SystemChoice(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>The signed-in member's own requests, newest first.</summary>
    public async Task<Result<IReadOnlyList<RequestView>>> MineAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.FileRequest) is { } denied)
        {
            return denied;
        }

        var mine = await db.DecisionRequests.AsNoTracking().Where(r => r.RequesterMemberId == scope.Actor.MemberId)
            .OrderByDescending(r => r.ReceivedOn).ToListAsync(ct);
        return Result<IReadOnlyList<RequestView>>.Success(await ViewsAsync(mine, handler: false, ct));
    }

    /// <summary>Every request, overdue ones first, for the handlers.</summary>
    public async Task<Result<IReadOnlyList<RequestView>>> ListAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.HandleRequests) is { } denied)
        {
            return denied;
        }

        var all = await db.DecisionRequests.AsNoTracking().OrderByDescending(r => r.ReceivedOn).ToListAsync(ct);
        var views = await ViewsAsync(all, handler: true, ct);
        return views.OrderByDescending(v => v.Overdue).ThenBy(v => v.CurrentDue ?? DateOnly.MaxValue).ToList();
    }

    /// <summary>One request, for a handler or for the member who filed it.</summary>
    public async Task<Result<RequestView>> DetailAsync(Guid id, CancellationToken ct)
    {
        if (await ReadableAsync(id, ct) is not { } found)
        {
            return scope.Actor.Deny(Permission.FileRequest) ?? new WorkplaceNotFound("Request", id);
        }

        return found.Error is { } error ? Result<RequestView>.Failure(error) : await ViewAsync(found.Request!, IsHandler, ct);
    }

    /// <summary>Moves a request: handlers acknowledge, review, answer and decide appeals; the requester appeals or accepts.</summary>
    public async Task<Result<RequestView>> MoveAsync(Guid id, RequestMove move, CancellationToken ct)
    {
        if (await ReadableAsync(id, ct, tracked: true) is not { } found)
        {
            return scope.Actor.Deny(Permission.FileRequest) ?? new WorkplaceNotFound("Request", id);
        }

        if (found.Error is { } error)
        {
            return error;
        }

        var request = found.Request!; // no error
        // A handler never handles their own request: on it they are the requester.
        var mover = request.RequesterMemberId == scope.Actor.MemberId ? RequestMover.Requester : RequestMover.Handler;
        if (!DecisionRequestFlow.CanMove(request.Status, move.To, mover))
        {
            return new RequestMoveNotAllowed(request.Status, move.To);
        }

        if (Apply(request, move) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await ViewAsync(request, IsHandler, ct);
    }

    /// <summary>Counts per kind, status and outcome and the overdue number (works council and management alike).</summary>
    public async Task<Result<RequestFigures>> FiguresAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewRequestFigures) is { } denied)
        {
            return denied;
        }

        var all = await db.DecisionRequests.AsNoTracking().ToListAsync(ct);
        var today = time.Today();
        return new RequestFigures(all.Count, all.Count(r => r.Status != Closed), all.Count(r => RequestDeadlines.IsOverdue(r, today)),
            Enum.GetValues<DecisionRequestKind>().ToDictionary(k => k, k => all.Count(r => r.Kind == k)),
            Enum.GetValues<DecisionRequestStatus>().ToDictionary(s => s, s => all.Count(r => r.Status == s)),
            Enum.GetValues<RequestOutcome>().ToDictionary(o => o, o => all.Count(r => r.Outcome == o)));
    }

    private bool IsHandler => scope.Actor.Deny(Permission.HandleRequests) is null;

    private Error? Apply(DecisionRequest request, RequestMove move)
    {
        var today = time.Today();
        var check = new Validation();
        switch (move.To)
        {
            case Acknowledged:
                request.AcknowledgedOn = today;
                request.HandlerMemberId ??= scope.Actor.MemberId;
                break;
            case InHumanReview:
                request.ReviewStartedOn = today;
                request.HandlerMemberId = scope.Actor.MemberId ?? request.HandlerMemberId;
                break;
            case Answered:
                check.Require("Text", move.Text, MaxText, "Answer")
                    .Check(move.Outcome is { } o && o != RequestOutcome.None && Enum.IsDefined(o), "Outcome", "Choose the outcome.");
                if (!check.IsValid)
                {
                    return check.ToError();
                }

                request.Response = move.Text!.Trim();
                request.Outcome = move.Outcome!.Value; // validated
                request.AnsweredOn = today;
                request.AppealBy = RequestDeadlines.MonthsAfter(today, RequestDeadlines.AppealWindowMonths);
                break;
            case Appealed:
                if (request.AppealBy is { } by && today > by)
                {
                    return new AppealWindowClosed(by);
                }

                check.Require("Text", move.Text, MaxText, "Why you appeal");
                if (!check.IsValid)
                {
                    return check.ToError();
                }

                request.AppealReason = move.Text!.Trim();
                request.AppealedOn = today;
                request.AppealDecisionBy = RequestDeadlines.MonthsAfter(today, RequestDeadlines.AppealDecisionMonths);
                break;
            case Closed when request.Status == Appealed:
                check.Require("Text", move.Text, MaxText, "Answer to the appeal");
                if (!check.IsValid)
                {
                    return check.ToError();
                }

                request.AppealResponse = move.Text!.Trim();
                request.Outcome = move.Outcome is { } changed && changed != RequestOutcome.None && Enum.IsDefined(changed) ? changed : request.Outcome;
                request.ClosedOn = today;
                break;
            case Closed:
                request.ClosedOn = today;
                break;
        }

        request.Status = move.To;
        return null;
    }

    private async Task<Found?> ReadableAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.DecisionRequests : db.DecisionRequests.AsNoTracking();
        if (await query.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } request)
        {
            return null;
        }

        return IsHandler || (request.RequesterMemberId == scope.Actor.MemberId && scope.Actor.MemberId is not null)
            ? new Found(request, null)
            : new Found(null, scope.Actor.Deny(Permission.HandleRequests) ?? new NotAllowed(Permission.HandleRequests));
    }

    private async Task<RequestView> ViewAsync(DecisionRequest request, bool handler, CancellationToken ct) =>
        (await ViewsAsync([request], handler, ct))[0];

    private async Task<IReadOnlyList<RequestView>> ViewsAsync(IReadOnlyList<DecisionRequest> requests, bool handler, CancellationToken ct)
    {
        var today = time.Today();
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        var systems = await db.AiSystems.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. requests.Select(r =>
        {
            var mover = r.RequesterMemberId == scope.Actor.MemberId ? RequestMover.Requester : RequestMover.Handler;
            var moves = mover == RequestMover.Requester || handler ? DecisionRequestFlow.NextFrom(r.Status, mover) : [];
            return new RequestView(r.Id, r.Kind, r.AiSystemId, systems.GetValueOrDefault(r.AiSystemId) ?? "", r.DecisionReference,
                r.Question, r.Status, r.ReceivedOn, r.AcknowledgeBy, r.ReviewStartBy, r.AnswerBy, RequestDeadlines.CurrentDue(r),
                RequestDeadlines.IsOverdue(r, today), handler ? members.GetValueOrDefault(r.RequesterMemberId) : null,
                r.HandlerMemberId is { } h ? members.GetValueOrDefault(h) : null, r.Response, r.Outcome, r.AnsweredOn, r.AppealBy,
                r.AppealReason, r.AppealDecisionBy, r.AppealResponse, r.ClosedOn, moves);
        })];
    }

    private sealed record Found(DecisionRequest? Request, Error? Error);
}

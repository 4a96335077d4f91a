using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Requests;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Concerns;

/// <summary>
/// The confidential handlers' side (<see cref="Permission.HandleConcerns"/>): the case list, one case, assigning an
/// investigator, answering, moving the status and recording the anti-retaliation check; and the counts everybody with
/// <see cref="Permission.ViewConcernFigures"/> sees.
/// </summary>
public sealed class ConcernCases(IWorkplaceDb db, ITenantScope scope, ConcernDesk desk, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<ConcernSummary>>> ListAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.HandleConcerns) is { } denied)
        {
            return denied;
        }

        var concerns = await db.Concerns.AsNoTracking().Include(c => c.Messages).OrderByDescending(c => c.ReceivedOn)
            .ThenBy(c => c.Reference).ToListAsync(ct);
        var names = await NamesAsync(ct);
        return concerns.Select(c => Summarise(c, names)).ToList();
    }

    public async Task<Result<ConcernCase>> DetailAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.HandleConcerns) is { } denied)
        {
            return denied;
        }

        if (await db.Concerns.AsNoTracking().Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } concern)
        {
            return new WorkplaceNotFound("Concern", id);
        }

        var names = await NamesAsync(ct);
        var messages = concern.Messages.OrderBy(m => m.Number).Select(m => new ThreadMessage(m.Number, m.FromRaiser, m.SentOn,
            m.MessageText, m.AuthorMemberId is { } a ? names.Members.GetValueOrDefault(a) : null)).ToList();
        return new ConcernCase(Summarise(concern, names), concern.AiSystemId, concern.ConcernText,
            concern.RaisedByMemberId is { } r ? names.Members.GetValueOrDefault(r) : null, concern.InvestigatorMemberId,
            concern.RetaliationNote, concern.RetaliationCheckedOn, concern.ClosedOn, messages,
            [.. ConcernFlow.NextFrom(concern.Status).Where(s => s != ConcernStatus.Answered)]);
    }

    /// <summary>Assigns the investigator: a member who may handle concerns.</summary>
    public Task<Result<ConcernCase>> AssignAsync(Guid id, Guid? investigatorMemberId, CancellationToken ct) =>
        ChangeAsync(id, async concern =>
        {
            var investigator = investigatorMemberId is { } m ? await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Id == m, ct) : null;
            if (investigator is null || !investigator.Roles.Allows(Permission.HandleConcerns))
            {
                return ValidationError.For("InvestigatorMemberId", "Choose a member who may handle reports.");
            }

            concern.InvestigatorMemberId = investigator.Id;
            return null;
        }, ct);

    /// <summary>Moves the case (to UnderInvestigation or Closed; Answered comes with an answer, <see cref="AnswerAsync"/>).</summary>
    public Task<Result<ConcernCase>> MoveAsync(Guid id, ConcernStatus to, CancellationToken ct) =>
        ChangeAsync(id, concern =>
        {
            if (to == ConcernStatus.Answered || !ConcernFlow.CanMove(concern.Status, to))
            {
                return Task.FromResult<Error?>(new ConcernMoveNotAllowed(concern.Status, to));
            }

            concern.Status = to;
            concern.ClosedOn = to == ConcernStatus.Closed ? time.Today() : null;
            return Task.FromResult<Error?>(null);
        }, ct);

    /// <summary>Sends an answer to the raiser (shown on their secret page); the case becomes Answered.</summary>
    public Task<Result<ConcernCase>> AnswerAsync(Guid id, string? text, CancellationToken ct) =>
        ChangeAsync(id, concern =>
        {
            var check = new Validation().Require("Text", text, ConcernDesk.MaxText, "Answer");
            if (!check.IsValid)
            {
                return Task.FromResult<Error?>(check.ToError());
            }

            if (concern.Status == ConcernStatus.Closed)
            {
                return Task.FromResult<Error?>(new ConcernClosed(concern.Reference));
            }

            desk.AddMessage(concern, text!.Trim(), fromRaiser: false, scope.Actor.MemberId);
            concern.Status = ConcernStatus.Answered;
            return Task.FromResult<Error?>(null);
        }, ct);

    /// <summary>Records the anti-retaliation check on the case (never on a person).</summary>
    public Task<Result<ConcernCase>> CheckRetaliationAsync(Guid id, RetaliationInput input, CancellationToken ct) =>
        ChangeAsync(id, concern =>
        {
            var check = new Validation()
                .Check(input.Check is { } c && c != RetaliationCheck.NotYetChecked && Enum.IsDefined(c), "Check", "Choose the outcome of the check.")
                .Optional("Note", input.Note, 2000, "Note");
            check.Check(input.Check != RetaliationCheck.SignsFoundActionTaken || Validation.Clean(input.Note) is not null,
                "Note", "Describe the signs and the action taken.");
            if (!check.IsValid)
            {
                return Task.FromResult<Error?>(check.ToError());
            }

            concern.RetaliationCheck = input.Check!.Value; // validated
            concern.RetaliationNote = Validation.Clean(input.Note);
            concern.RetaliationCheckedOn = time.Today();
            return Task.FromResult<Error?>(null);
        }, ct);

    /// <summary>The members who may be assigned as investigator (they may handle concerns), by name.</summary>
    public async Task<Result<IReadOnlyList<SystemChoice>>> InvestigatorsAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.HandleConcerns) is { } denied)
        {
            return denied;
        }

        var mask = (int)PermissionMatrix.RolesFor(Permission.HandleConcerns);
        return await db.Members.AsNoTracking().Where(m => ((int)m.Roles & mask) != 0).OrderBy(m => m.DisplayName)
            .Select(m => new SystemChoice(m.Id, m.DisplayName)).ToListAsync(ct);
    }

    /// <summary>Counts per category and status, for the works council and management alike.</summary>
    public async Task<Result<ConcernFigures>> FiguresAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewConcernFigures) is { } denied)
        {
            return denied;
        }

        var rows = await db.Concerns.AsNoTracking().Select(c => new { c.Category, c.Status, c.RetaliationCheck }).ToListAsync(ct);
        return new ConcernFigures(
            rows.Count,
            rows.Count(r => r.Status != ConcernStatus.Closed),
            [.. Enum.GetValues<ConcernCategory>().Select(c => new CategoryCount(c, rows.Count(r => r.Category == c)))],
            [.. Enum.GetValues<ConcernStatus>().Select(s => new StatusCount(s, rows.Count(r => r.Status == s)))],
            rows.Count(r => r.RetaliationCheck == RetaliationCheck.SignsFoundActionTaken));
    }

    private async Task<Result<ConcernCase>> ChangeAsync(Guid id, Func<Concern, Task<Error?>> change, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.HandleConcerns) is { } denied)
        {
            return denied;
        }

        if (await db.Concerns.Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } concern)
        {
            return new WorkplaceNotFound("Concern", id);
        }

        if (await change(concern) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    private static ConcernSummary Summarise(Concern c, Names names) => new(
        c.Id, c.Reference, c.Category, c.AiSystemId is { } s ? names.Systems.GetValueOrDefault(s) : null, c.Status, c.ReceivedOn,
        c.Anonymous, c.InvestigatorMemberId is { } i ? names.Members.GetValueOrDefault(i) : null, c.RetaliationCheck,
        c.Status != ConcernStatus.Closed && (c.Messages.Count == 0 || c.Messages.MaxBy(m => m.Number)!.FromRaiser)); // Count > 0

    private async Task<Names> NamesAsync(CancellationToken ct) => new(
        await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct),
        await db.AiSystems.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct));

    private sealed record Names(Dictionary<Guid, string> Members, Dictionary<Guid, string> Systems);
}

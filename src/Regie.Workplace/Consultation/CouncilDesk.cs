using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>
/// The works council's part: questions, an expert, its formal position with conditions (each becomes a measure the
/// council itself verifies), verifying those conditions, and an appeal during the standstill.
/// </summary>
public sealed class CouncilDesk(IWorkplaceDb db, ProcedureSteps steps)
{
    public async Task<Result<ConsultationMessage>> AskAsync(Guid id, MessageRequest request, CancellationToken ct) =>
        await PostAsync(id, MessageKind.Question, Permission.GiveCouncilPosition, request, ct);

    /// <summary>A comment of the council or of the expert invited to this procedure.</summary>
    public async Task<Result<ConsultationMessage>> CommentAsync(Guid id, MessageRequest request, CancellationToken ct) =>
        await PostAsync(id, MessageKind.Comment, Permission.CommentConsultation, request, ct);

    /// <summary>Calls in an expert; the invitation is the employer's prior notice of it.</summary>
    public async Task<Result<ConsultationProcedure>> InviteExpertAsync(Guid id, ExpertRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.GiveCouncilPosition, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (!ProcedureSteps.InDialogue(procedure))
        {
            return new ProcedureNotInStep(id, procedure.Status);
        }

        var check = new Validation().Require("Name", request.Name, 200, "Expert's name").Require("Scope", request.Scope, 2000, "Scope");
        check.Check(request.CostEstimate is null or >= 0, "CostEstimate", "The cost estimate cannot be negative.");
        check.Check(request.AccessUntil is null || request.AccessUntil >= steps.Today, "AccessUntil", "Access must last until today or later.");
        check.Check(request.MemberId is null || await db.Members.AnyAsync(
            m => m.Id == request.MemberId && ((int)m.Roles & (int)Role.ExternalExpert) != 0, ct),
            "MemberId", "Link a member with the role external expert.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        procedure.Expert = new ConsultationExpert
        {
            Name = request.Name!.Trim(),
            Scope = request.Scope!.Trim(),
            CostEstimate = request.CostEstimate,
            NoticeOn = steps.Today,
            MemberId = request.MemberId,
            AccessUntil = request.AccessUntil,
        };
        ProcedureSteps.StartReview(procedure);
        await steps.SaveAsync(ct);
        return procedure;
    }

    /// <summary>Gives the council's position after at least one meeting; conditions become measures.</summary>
    public async Task<Result<ConsultationProcedure>> GivePositionAsync(Guid id, PositionRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.GiveCouncilPosition, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        var conditions = (request.Conditions ?? []).Select(Validation.Clean).OfType<string>().ToList();
        var check = new Validation().Optional("Text", request.Text, 4000, "Text");
        check.Check(request.Position is { } p && Enum.IsDefined(p), "Position", "Choose the council's position.");
        check.Check(request.Position is not (CouncilPosition.NegativeAdvice or CouncilPosition.ConsentRefused or CouncilPosition.ConditionalAdvice)
            || Validation.Clean(request.Text) is not null, "Text", "Give the council's reasons.");
        check.Check(request.Position != CouncilPosition.ConditionalAdvice || conditions.Count > 0, "Conditions", "Name at least one condition.");
        check.Check(conditions.Count == 0 || request.Position is CouncilPosition.ConditionalAdvice or CouncilPosition.ConsentGiven,
            "Conditions", "Conditions go with a conditional advice or a consent.");
        check.Check(conditions.All(c => c.Length <= 300), "Conditions", "A condition may be at most 300 characters.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var to = request.Position switch
        {
            CouncilPosition.ConsentGiven => ConsultationStatus.ConsentGiven,
            CouncilPosition.ConsentRefused => ConsultationStatus.ConsentRefused,
            _ => ConsultationStatus.AdviceGiven,
        };
        if (steps.Move(procedure, to) is { } refused)
        {
            return refused;
        }

        procedure.Position = request.Position;
        procedure.PositionText = Validation.Clean(request.Text);
        procedure.PositionOn = steps.Today;
        var system = await db.AiSystems.Where(s => s.Id == procedure.AiSystemId).Select(s => s.OwnerMemberId).SingleAsync(ct);
        db.Measures.AddRange(conditions.Select(c => new Measure
        {
            Id = Guid.NewGuid(),
            OrganisationId = procedure.OrganisationId,
            AiSystemId = procedure.AiSystemId,
            Title = c,
            Source = MeasureSource.WorksCouncilCondition,
            SourceId = procedure.Id,
            OwnerMemberId = system,
            VerifiedBy = "Works council",
            NeedsWorksCouncilVerification = true,
            CreatedAt = steps.Now,
        }));
        await steps.SaveAsync(ct);
        return procedure;
    }

    /// <summary>The council confirms that a condition of its own is met (the measure must be done first).</summary>
    public async Task<Result<Measure>> VerifyConditionAsync(Guid measureId, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.GiveCouncilPosition) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.FirstOrDefaultAsync(m => m.Id == measureId && m.Source == MeasureSource.WorksCouncilCondition, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Condition", measureId);
        }

        if (measure.Status != MeasureStatus.Done)
        {
            return ValidationError.For("Status", "A condition can be verified once the measure is done.");
        }

        measure.WorksCouncilVerifiedAt = steps.Now;
        measure.WorksCouncilVerifiedByMemberId = steps.Actor.MemberId;
        await steps.SaveAsync(ct);
        return measure;
    }

    /// <summary>Records that the council appealed to the Enterprise Chamber within the appeal term.</summary>
    public async Task<Result<ConsultationProcedure>> AppealAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.GiveCouncilPosition, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (steps.Move(procedure, ConsultationStatus.Appealed) is { } refused)
        {
            return refused;
        }

        procedure.AppealedOn = steps.Today;
        await steps.SaveAsync(ct);
        return procedure;
    }

    private async Task<Result<ConsultationMessage>> PostAsync(Guid id, MessageKind kind, Permission permission, MessageRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, permission, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found.Error!; // TryGetValue is false only with an error
        }

        if (procedure.Status == ConsultationStatus.Draft || (kind == MessageKind.Question && !ProcedureSteps.InDialogue(procedure)))
        {
            return new ProcedureNotInStep(id, procedure.Status);
        }

        var check = new Validation().Require("Text", request.Text, 4000, "Text");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var message = new ConsultationMessage
        {
            Id = Guid.NewGuid(),
            OrganisationId = procedure.OrganisationId,
            ProcedureId = procedure.Id,
            Kind = kind,
            Text = request.Text!.Trim(),
            AuthorMemberId = steps.Actor.MemberId,
            PostedAt = steps.Now,
        };
        db.ConsultationMessages.Add(message);
        ProcedureSteps.StartReview(procedure);
        await steps.SaveAsync(ct);
        return message;
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>
/// The system owner's part of a works-council procedure: starting an advice or consent request (prefilled from the
/// system and its measures), editing the draft, sending it, closing the procedure and calling the evaluation.
/// </summary>
public sealed class ConsultationDesk(IWorkplaceDb db, ProcedureSteps steps)
{
    /// <summary>A request prefilled from the system and its existing measures, for the owner to complete.</summary>
    public async Task<Result<ProcedureRequest>> PrefillAsync(Guid systemId, ConsultationKind kind, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.PrepareConsultation) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        var measures = await db.Measures.Where(m => m.AiSystemId == systemId && m.Source != MeasureSource.WorksCouncilCondition)
            .OrderBy(m => m.CreatedAt).Select(m => m.Title).ToListAsync(ct);
        return ConsultationPrefill.For(system, kind, measures);
    }

    public async Task<Result<ConsultationProcedure>> StartAsync(Guid systemId, ProcedureRequest request, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.PrepareConsultation) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        if (await ValidateAsync(system, request, ct) is { } invalid)
        {
            return invalid;
        }

        var procedure = new ConsultationProcedure
        {
            Id = Guid.NewGuid(),
            OrganisationId = system.OrganisationId,
            AiSystemId = system.Id,
            Kind = request.Kind,
            Motives = "",
            Consequences = "",
            CreatedAt = steps.Now,
        };
        Apply(procedure, request);
        db.ConsultationProcedures.Add(procedure);
        await steps.SaveAsync(ct);
        return procedure;
    }

    public async Task<Result<ConsultationProcedure>> UpdateAsync(Guid id, ProcedureRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.PrepareConsultation, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (procedure.Status != ConsultationStatus.Draft)
        {
            return new ProcedureNotDraft(id);
        }

        var system = await db.AiSystems.SingleAsync(s => s.Id == procedure.AiSystemId, ct);
        if (await ValidateAsync(system, request with { Kind = procedure.Kind }, ct) is { } invalid)
        {
            return invalid;
        }

        Apply(procedure, request with { Kind = procedure.Kind });
        await steps.SaveAsync(ct);
        return procedure;
    }

    /// <summary>Sends the written request: the council's answer term starts today.</summary>
    public async Task<Result<ConsultationProcedure>> SendAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.PrepareConsultation, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (steps.Move(procedure, ConsultationStatus.Sent) is { } refused)
        {
            return refused;
        }

        procedure.SentOn = steps.Today;
        procedure.AnswerDueOn = ConsultationDeadlines.AnswerDue(steps.Today, procedure.AnswerTermMonths);
        await steps.SaveAsync(ct);
        await ProcedureDuties.SyncAsync(db, procedure.AiSystemId, steps.Now, ct);
        await steps.SaveAsync(ct);
        return procedure;
    }

    /// <summary>Closes the procedure; who may, and when, depends on the step (see <see cref="ConsultationFlow"/>).</summary>
    public async Task<Result<ConsultationProcedure>> CloseAsync(Guid id, CloseRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.ViewConsultation, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        var check = new Validation().Optional("Note", request.Note, 4000, "Note");
        check.Check(procedure.Status != ConsultationStatus.Appealed || Validation.Clean(request.Note) is not null,
            "Note", "Record what the Enterprise Chamber decided.");
        check.Check(procedure.Status != ConsultationStatus.SubstituteConsentRequested || request.SubstituteConsentGranted is not null,
            "SubstituteConsentGranted", "Record whether the court gave substitute consent.");
        var from = procedure.Status;
        if (steps.Move(procedure, ConsultationStatus.Closed) is { } refused)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            procedure.Status = from;
            return check.ToError();
        }

        procedure.ClosingNote = Validation.Clean(request.Note);
        procedure.ClosedOn = steps.Today;
        if (from == ConsultationStatus.SubstituteConsentRequested)
        {
            procedure.SubstituteConsentGranted = request.SubstituteConsentGranted;
        }

        await steps.SaveAsync(ct);
        return procedure;
    }

    /// <summary>Marks that the agreed evaluation of a closed procedure is due.</summary>
    public async Task<Result<ConsultationProcedure>> CallEvaluationAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.ViewConsultation, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (steps.Move(procedure, ConsultationStatus.EvaluationDue) is { } refused)
        {
            return refused;
        }

        await steps.SaveAsync(ct);
        return procedure;
    }

    private static void Apply(ConsultationProcedure procedure, ProcedureRequest request)
    {
        procedure.LegalGrounds = request.LegalGrounds;
        procedure.Motives = request.Motives!.Trim(); // validated
        procedure.Consequences = request.Consequences!.Trim();
        procedure.ProposedMeasures = Validation.Clean(request.ProposedMeasures);
        procedure.RequiredBeforeUse = request.Kind == ConsultationKind.Consent || request.RequiredBeforeUse;
        procedure.AnswerTermMonths = request.AnswerTermMonths;
        procedure.EvaluationOn = request.EvaluationOn;
    }

    private async Task<ValidationError?> ValidateAsync(AiSystem system, ProcedureRequest request, CancellationToken ct)
    {
        var check = new Validation()
            .Require("Motives", request.Motives, 4000, "Motives")
            .Require("Consequences", request.Consequences, 4000, "Consequences for workers");
        check.Check(Enum.IsDefined(request.Kind), "Kind", "Choose advice or consent.");
        check.Check(request.AnswerTermMonths is >= 1 and <= 12, "AnswerTermMonths", "The answer term is 1 to 12 months.");
        foreach (var (field, message) in ConsultationGrounds.Problems(request.Kind, request.LegalGrounds, system.MonitoringCapable))
        {
            check.Add(field, message);
        }

        if (request.Kind == ConsultationKind.Advice)
        {
            check.Require("ProposedMeasures", request.ProposedMeasures, 4000, "Proposed measures");
            var highRisk = await db.Screenings.Where(s => s.AiSystemId == system.Id).OrderByDescending(s => s.ScreenedAt)
                .Select(s => s.RiskClass).FirstOrDefaultAsync(ct) == RiskClass.HighRisk;
            check.Check(request.RequiredBeforeUse || !highRisk, "RequiredBeforeUse",
                "A high-risk system waits for the works council's advice before use.");
        }
        else
        {
            check.Optional("ProposedMeasures", request.ProposedMeasures, 4000, "Proposed measures");
        }

        return check.IsValid ? null : check.ToError();
    }
}

using Regie.Core.Results;
using Regie.Workplace.People;

namespace Regie.Workplace.Consultation;

/// <summary>
/// The executive's part: approving an expert's costs, notifying the decision (with reasons when it deviates from the
/// advice, which starts the one-month standstill and the appeal term) and asking the court for substitute consent.
/// </summary>
public sealed class ConsultationDecisions(ProcedureSteps steps)
{
    public async Task<Result<ConsultationProcedure>> ApproveExpertCostAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.NotifyConsultationDecision, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (procedure.Expert is not { } expert)
        {
            return new ProcedureNotInStep(id, procedure.Status);
        }

        expert.CostApprovedOn = steps.Today;
        await steps.SaveAsync(ct);
        return procedure;
    }

    public async Task<Result<ConsultationProcedure>> NotifyAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.NotifyConsultationDecision, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        var notifiedOn = request.NotifiedOn ?? steps.Today;
        var deviates = procedure.Kind == ConsultationKind.Advice && request.DeviatesFromAdvice;
        var check = new Validation().Require("Decision", request.Decision, 4000, "Decision")
            .Optional("DeviationReasons", request.DeviationReasons, 4000, "Reasons");
        check.Check(notifiedOn <= steps.Today, "NotifiedOn", "The notice cannot be dated in the future.");
        check.Check(procedure.PositionOn is null || notifiedOn >= procedure.PositionOn, "NotifiedOn", "The notice cannot be before the council's position.");
        check.Check(!deviates || Validation.Clean(request.DeviationReasons) is not null, "DeviationReasons",
            "Give the reasons for deviating from the advice.");
        if (steps.Move(procedure, ConsultationStatus.DecisionNotified) is { } refused)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            procedure.Status = procedure.Kind == ConsultationKind.Advice ? ConsultationStatus.AdviceGiven : ConsultationStatus.ConsentGiven;
            return check.ToError();
        }

        procedure.DecisionText = request.Decision!.Trim();
        procedure.DecisionNotifiedOn = notifiedOn;
        procedure.DeviatesFromAdvice = deviates;
        procedure.DeviationReasons = deviates ? Validation.Clean(request.DeviationReasons) : null;
        if (procedure.Kind == ConsultationKind.Consent)
        {
            procedure.NullityDeadline = ConsultationDeadlines.NullityDeadline(notifiedOn);
        }
        else if (deviates)
        {
            procedure.SuspensionEndsOn = ConsultationDeadlines.SuspensionEnd(notifiedOn);
            procedure.AppealDeadline = ConsultationDeadlines.AppealDeadline(notifiedOn);
            procedure.Status = ConsultationStatus.Standstill;
        }

        await steps.SaveAsync(ct);
        return procedure;
    }

    public async Task<Result<ConsultationProcedure>> RequestSubstituteConsentAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.NotifyConsultationDecision, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found;
        }

        if (steps.Move(procedure, ConsultationStatus.SubstituteConsentRequested) is { } refused)
        {
            return refused;
        }

        procedure.SubstituteConsentRequestedOn = steps.Today;
        await steps.SaveAsync(ct);
        return procedure;
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Notices;

/// <summary>The GDPR art. 35(9) opinion as recorded: sought (from whom, when), received (the opinion) or not sought (why).</summary>
public sealed record DpiaOpinionRequest(DpiaOpinionStatus? Status, DateOnly? SoughtOn, string? SoughtFrom, string? Opinion, string? ReasonNotSought);

/// <summary>Recording the GDPR art. 35(9) opinion of one system's DPIA.</summary>
public sealed class DpiaOpinionDesk(IWorkplaceDb db, ProcedureSteps steps)
{
    public async Task<Result<DpiaOpinion>> RecordAsync(Guid systemId, DpiaOpinionRequest request, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.RecordDpiaOpinion) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        var check = new Validation().Optional("SoughtFrom", request.SoughtFrom, 300, "Sought from")
            .Optional("Opinion", request.Opinion, 8000, "Opinion").Optional("ReasonNotSought", request.ReasonNotSought, 2000, "Reason");
        check.Check(request.Status is { } s && Enum.IsDefined(s), "Status", "Choose where the opinion stands.");
        var sought = request.Status is DpiaOpinionStatus.Sought or DpiaOpinionStatus.Received;
        check.Check(!sought || request.SoughtOn is not null, "SoughtOn", "Give the date the views were sought.");
        check.Check(!sought || Validation.Clean(request.SoughtFrom) is not null, "SoughtFrom", "Say whose views were sought.");
        check.Check(request.SoughtOn is null || request.SoughtOn <= steps.Today, "SoughtOn", "The date cannot be in the future.");
        check.Check(request.Status != DpiaOpinionStatus.Received || Validation.Clean(request.Opinion) is not null, "Opinion", "Record the opinion.");
        check.Check(request.Status != DpiaOpinionStatus.NotSought || Validation.Clean(request.ReasonNotSought) is not null,
            "ReasonNotSought", "Say why the views were not sought.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var opinion = await db.DpiaOpinions.FirstOrDefaultAsync(o => o.AiSystemId == systemId, ct);
        if (opinion is null)
        {
            opinion = new DpiaOpinion { Id = Guid.NewGuid(), OrganisationId = system.OrganisationId, AiSystemId = systemId };
            db.DpiaOpinions.Add(opinion);
        }

        opinion.Status = request.Status!.Value; // validated
        opinion.SoughtOn = sought ? request.SoughtOn : null;
        opinion.SoughtFrom = sought ? Validation.Clean(request.SoughtFrom) : null;
        opinion.Opinion = request.Status == DpiaOpinionStatus.Received ? Validation.Clean(request.Opinion) : null;
        opinion.ReasonNotSought = request.Status == DpiaOpinionStatus.NotSought ? Validation.Clean(request.ReasonNotSought) : null;
        opinion.RecordedAt = steps.Now;
        await steps.SaveAsync(ct);
        return opinion;
    }
}

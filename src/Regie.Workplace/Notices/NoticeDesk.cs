using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Notices;

/// <summary>A notice as typed by the system owner.</summary>
public sealed record NoticeRequest(
    NoticeAudience Audience, string? What, string? Why, string? Decisions, string? Oversight, string? Rights, string? Contact, string? Channel);

/// <summary>Writing and sending the plain-language worker notice of a system (AI Act art. 26(7) and 26(11)).</summary>
public sealed class NoticeDesk(IWorkplaceDb db, ProcedureSteps steps)
{
    /// <summary>A notice prefilled from the register: purpose, summary and contact point.</summary>
    public static NoticeRequest Prefill(AiSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var audience = NoticeAudience.Representatives | NoticeAudience.AffectedWorkers
            | (system.DecisionTypes == DecisionTypes.None ? NoticeAudience.None : NoticeAudience.DecisionSubjects);
        return new NoticeRequest(audience, system.PlainLanguageSummary ?? system.Name, system.Purpose, null, null, null, system.ContactPoint, null);
    }

    /// <summary>Creates the system's draft notice or replaces the text of the current draft.</summary>
    public async Task<Result<WorkerNotice>> SaveDraftAsync(Guid systemId, NoticeRequest request, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.PrepareConsultation) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        var check = new Validation()
            .Require("What", request.What, 2000, "What the system does")
            .Require("Why", request.Why, 2000, "Why it is used")
            .Require("Decisions", request.Decisions, 2000, "Decisions")
            .Require("Oversight", request.Oversight, 2000, "Human oversight")
            .Require("Rights", request.Rights, 2000, "Your rights")
            .Require("Contact", request.Contact, 500, "Contact")
            .Require("Channel", request.Channel, 200, "Channel");
        check.Check(request.Audience != NoticeAudience.None && (request.Audience & ~(NoticeAudience.Representatives
            | NoticeAudience.AffectedWorkers | NoticeAudience.DecisionSubjects)) == NoticeAudience.None, "Audience", "Choose who the notice is for.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var notice = await db.WorkerNotices.FirstOrDefaultAsync(n => n.AiSystemId == systemId && n.Status == NoticeStatus.Draft, ct);
        if (notice is null)
        {
            notice = new WorkerNotice
            {
                Id = Guid.NewGuid(),
                OrganisationId = system.OrganisationId,
                AiSystemId = system.Id,
                CreatedAt = steps.Now,
                What = "",
                Why = "",
                Decisions = "",
                Oversight = "",
                Rights = "",
                Contact = "",
                Channel = "",
            };
            db.WorkerNotices.Add(notice);
        }

        notice.Audience = request.Audience;
        notice.What = request.What!.Trim(); // validated
        notice.Why = request.Why!.Trim();
        notice.Decisions = request.Decisions!.Trim();
        notice.Oversight = request.Oversight!.Trim();
        notice.Rights = request.Rights!.Trim();
        notice.Contact = request.Contact!.Trim();
        notice.Channel = request.Channel!.Trim();
        await steps.SaveAsync(ct);
        return notice;
    }

    /// <summary>Marks a draft notice as sent today; the matching duties follow.</summary>
    public async Task<Result<WorkerNotice>> SendAsync(Guid noticeId, CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.PrepareConsultation) is { } denied)
        {
            return denied;
        }

        if (await db.WorkerNotices.FirstOrDefaultAsync(n => n.Id == noticeId, ct) is not { } notice)
        {
            return new WorkplaceNotFound("Worker notice", noticeId);
        }

        if (notice.Status != NoticeStatus.Draft)
        {
            return new NoticeAlreadySent(noticeId);
        }

        notice.Status = NoticeStatus.Sent;
        notice.SentOn = steps.Today;
        await steps.SaveAsync(ct);
        await ProcedureDuties.SyncAsync(db, notice.AiSystemId, steps.Now, ct);
        await steps.SaveAsync(ct);
        return notice;
    }
}

/// <summary>A sent notice stays as it was sent; write a new one for changes.</summary>
public sealed record NoticeAlreadySent(Guid Id) : ConflictError($"Notice {Id} has been sent already; write a new notice for changes.");

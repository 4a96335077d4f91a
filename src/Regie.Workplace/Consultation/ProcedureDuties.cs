using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Notices;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Consultation;

/// <summary>
/// The duties on a system's checklist that follow the real procedure instead of a manual tick: the advice request
/// (WOR art. 25(1)(k)) and the consent request (art. 27(1)(l)) are done once such a request has been sent, the
/// AI Act art. 26(7) and 26(11) information duties once a notice to that audience has been sent.
/// </summary>
public static class ProcedureDuties
{
    /// <summary>True for a duty whose status only the procedure or notice sets.</summary>
    public static bool FollowsProcedure(DutyKind kind) => kind is DutyKind.Wor25AdviceRequest or DutyKind.Wor27ConsentRequest
        or DutyKind.Art26_7InformWorkers or DutyKind.Art26_11InformDecisionSubjects;

    /// <summary>Sets those duties of a system from its procedures and notices (tracked and just-added duties alike).</summary>
    public static async Task SyncAsync(IWorkplaceDb db, Guid systemId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sent = await db.ConsultationProcedures.Where(p => p.AiSystemId == systemId && p.SentOn != null)
            .Select(p => new { p.Kind, p.SentOn }).ToListAsync(ct);
        var notices = await db.WorkerNotices.Where(n => n.AiSystemId == systemId && n.Status == NoticeStatus.Sent)
            .Select(n => new { n.Audience, n.SentOn }).ToListAsync(ct);
        var pending = db.Duties.Local.Where(d => d.AiSystemId == systemId && d.WithdrawnAt == null).ToList();
        var stored = await db.Duties.Where(d => d.AiSystemId == systemId && d.WithdrawnAt == null).ToListAsync(ct);
        foreach (var duty in stored.Union(pending).Where(d => FollowsProcedure(d.Kind)))
        {
            var evidence = duty.Kind switch
            {
                DutyKind.Wor25AdviceRequest => sent.Where(p => p.Kind == ConsultationKind.Advice).Min(p => p.SentOn) is { } on
                    ? $"Advice request sent to the works council on {on:yyyy-MM-dd}." : null,
                DutyKind.Wor27ConsentRequest => sent.Where(p => p.Kind == ConsultationKind.Consent).Min(p => p.SentOn) is { } on
                    ? $"Consent request sent to the works council on {on:yyyy-MM-dd}." : null,
                DutyKind.Art26_7InformWorkers => notices.Where(n => n.Audience.HasFlag(NoticeAudience.Representatives | NoticeAudience.AffectedWorkers))
                    .Min(n => n.SentOn) is { } on ? $"Notice to representatives and affected workers sent on {on:yyyy-MM-dd}." : null,
                _ => notices.Where(n => n.Audience.HasFlag(NoticeAudience.DecisionSubjects))
                    .Min(n => n.SentOn) is { } on ? $"Notice to the people decided about sent on {on:yyyy-MM-dd}." : null,
            };
            duty.Status = evidence is null ? DutyStatus.Open : DutyStatus.Done;
            duty.Evidence = evidence;
            duty.CompletedAt = evidence is null ? null : duty.CompletedAt ?? now;
        }
    }
}

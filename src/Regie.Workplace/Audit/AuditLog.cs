using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Audit;

/// <summary>A page of the audit log, newest first, and whether the whole chain is intact.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, int Page, int PageSize, int Total, long? FirstBreak);

/// <summary>Reading and exporting an organisation's audit log (auditors, works council, executive).</summary>
public sealed class AuditLog(IWorkplaceDb db, ITenantScope scope)
{
    public const int MaxPageSize = 200;

    /// <summary>A page of events, optionally for one entity type; checks the chain over all events.</summary>
    public async Task<Result<AuditPage>> PageAsync(string? entityType, int page, int pageSize, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewAuditLog) is { } denied)
        {
            return denied;
        }

        var check = new Validation()
            .Check(page >= 1, "page", "The page number starts at 1.")
            .Check(pageSize is >= 1 and <= MaxPageSize, "pageSize", $"The page size is 1 to {MaxPageSize}.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var query = db.AuditEvents.AsNoTracking();
        if (Validation.Clean(entityType) is { } type)
        {
            query = query.Where(e => e.EntityType == type);
        }

        var total = await query.CountAsync(ct);
        var events = await query.OrderByDescending(e => e.Sequence).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AuditPage(events, page, pageSize, total, await FirstBreakAsync(ct));
    }

    /// <summary>Every event in sequence order, for the CSV export.</summary>
    public async Task<Result<IReadOnlyList<AuditEvent>>> ExportAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ExportAuditLog) is { } denied ? denied
        : await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);

    private async Task<long?> FirstBreakAsync(CancellationToken ct) =>
        AuditChain.FirstBreak(await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct));
}

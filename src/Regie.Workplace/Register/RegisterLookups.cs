using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Register;

/// <summary>A member as the register shows them: the display name only.</summary>
public sealed record MemberName(Guid Id, string DisplayName);

/// <summary>
/// Small read-outs the register screens need beside <see cref="RegisterQueries"/>: each system's latest risk class
/// (for the register list) and members' display names (duty owners, overseers, who screened). Names only: e-mail
/// addresses and roles stay behind <see cref="Permission.ViewMembers"/>. Every member already reads the overseers'
/// names in the internal register, so whoever reads the full register may read names too.
/// </summary>
public sealed class RegisterLookups(IWorkplaceDb db, ITenantScope scope)
{
    /// <summary>The risk class of each screened system's newest screening; unscreened systems are absent.</summary>
    public async Task<Result<IReadOnlyDictionary<Guid, RiskClass>>> LatestRiskClassesAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewRegister) is { } denied)
        {
            return denied;
        }

        var screenings = await db.Screenings.AsNoTracking()
            .Select(s => new { s.AiSystemId, s.ScreenedAt, s.RiskClass }).ToListAsync(ct);
        return screenings.GroupBy(s => s.AiSystemId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.ScreenedAt)!.RiskClass); // groups are never empty
    }

    /// <summary>Every member's display name, ordered by name.</summary>
    public async Task<Result<IReadOnlyList<MemberName>>> MemberNamesAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewRegister) is { } denied ? denied
        : await db.Members.AsNoTracking().OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .Select(m => new MemberName(m.Id, m.DisplayName)).ToListAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Regie.Workplace.People;

namespace Regie.Workplace.Literacy;

/// <summary>
/// Reads what <see cref="RequiredLevels"/> needs from the database: the organisation's role settings, the members'
/// roles and the systems they oversee with those systems' requirements. No permission of its own: callers check.
/// </summary>
public sealed class RequirementResolver(IWorkplaceDb db)
{
    /// <summary>The organisation's own level per role (roles it did not set use the default).</summary>
    public async Task<IReadOnlyDictionary<Role, LiteracyLevel>> RoleSettingsAsync(CancellationToken ct) =>
        await db.RoleLiteracyRequirements.AsNoTracking().ToDictionaryAsync(r => r.Role, r => r.Level, ct);

    public async Task<RequiredLevel> ForMemberAsync(Guid memberId, CancellationToken ct) =>
        (await ForMembersAsync([memberId], ct)).GetValueOrDefault(memberId) ?? new RequiredLevel(LiteracyLevel.None, []);

    /// <summary>The effective requirement of each member (all members when <paramref name="memberIds"/> is null).</summary>
    public async Task<IReadOnlyDictionary<Guid, RequiredLevel>> ForMembersAsync(IReadOnlyCollection<Guid>? memberIds, CancellationToken ct)
    {
        var settings = await RoleSettingsAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => memberIds == null || memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Roles }).ToListAsync(ct);
        var systems = await db.SystemLiteracyRequirements.AsNoTracking()
            .Join(db.AiSystems.AsNoTracking(), r => r.AiSystemId, s => s.Id, (r, s) => new { r.AiSystemId, s.Name, r.Level })
            .ToDictionaryAsync(r => r.AiSystemId, ct);
        var overseen = await db.AiSystems.AsNoTracking().SelectMany(s => s.Overseers)
            .Where(o => memberIds == null || memberIds.Contains(o.MemberId)).Select(o => new { o.MemberId, o.AiSystemId }).ToListAsync(ct);
        var bySystem = overseen.Where(o => systems.ContainsKey(o.AiSystemId))
            .ToLookup(o => o.MemberId, o => (o.AiSystemId, systems[o.AiSystemId].Name, systems[o.AiSystemId].Level));
        return members.ToDictionary(m => m.Id, m => RequiredLevels.Effective(m.Roles, settings, bySystem[m.Id]));
    }
}

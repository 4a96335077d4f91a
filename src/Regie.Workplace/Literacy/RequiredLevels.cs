using Regie.Workplace.People;

namespace Regie.Workplace.Literacy;

/// <summary>Where a requirement comes from: a role (set or default) or an AI system the member oversees.</summary>
public sealed record RequirementSource(LiteracyLevel Level, Role? Role, Guid? AiSystemId, bool IsDefault, string? SystemName = null);

/// <summary>The level a member needs, with the requirements it is the maximum of.</summary>
public sealed record RequiredLevel(LiteracyLevel Level, IReadOnlyList<RequirementSource> Sources);

/// <summary>
/// Resolves the level of AI literacy a member needs (docs/literacy.md): the highest of what each of their roles requires
/// (the organisation's setting, else the default) and what each AI system they oversee requires of its overseers. Pure.
/// </summary>
public static class RequiredLevels
{
    /// <summary>
    /// The default per role when the organisation set nothing (workplace domain note §1.8): overseers, who decide with the
    /// system's output, need Bekwaam (art. 26(2)); everyone else Bewust, the base of art. 4. Technical roles do not exist
    /// as Regie roles, so an organisation that wants Expert for, say, data scientists sets it on the role they hold.
    /// </summary>
    public static LiteracyLevel Default(Role role) => role == Role.Overseer ? LiteracyLevel.Bekwaam : LiteracyLevel.Bewust;

    /// <summary>What one role requires: the organisation's setting or the default.</summary>
    public static RequirementSource ForRole(Role role, IReadOnlyDictionary<Role, LiteracyLevel> settings) =>
        settings.TryGetValue(role, out var level) ? new(level, role, null, false) : new(Default(role), role, null, true);

    /// <summary>The effective requirement: the maximum over the roles and the overseen systems' requirements.</summary>
    public static RequiredLevel Effective(
        Role roles, IReadOnlyDictionary<Role, LiteracyLevel> settings, IEnumerable<(Guid AiSystemId, string Name, LiteracyLevel Level)> overseenSystems)
    {
        var sources = roles.Split().Select(r => ForRole(r, settings))
            .Concat(overseenSystems.Select(s => new RequirementSource(s.Level, null, s.AiSystemId, false, s.Name)))
            .ToList();
        var level = sources.Count == 0 ? LiteracyLevel.None : sources.Max(s => s.Level);
        return new RequiredLevel(level, [.. sources.Where(s => s.Level == level)]);
    }
}

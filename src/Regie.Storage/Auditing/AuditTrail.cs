using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Regie.Workplace.Audit;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Auditing;

/// <summary>
/// Runs before every save: refuses changes outside the actor's organisation and changes to audit events, then
/// appends one chained <see cref="AuditEvent"/> per changed row with the changed fields before and after.
/// </summary>
internal sealed class AuditTrail(RegieDbContext db, WorkplaceActor actor, TimeProvider time)
{
    /// <summary>Fields never written into the log: secrets, and values that only repeat the key.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        nameof(Invitation.TokenHash),

        // Concerns (issue 5, item 4: voice): what a raiser and the handlers write stays with the confidential
        // handlers; the audit log records that a message was added or a concern raised, not its words. Concern.TokenHash
        // is covered by the line above (same name).
        nameof(Workplace.Concerns.Concern.ConcernText),
        nameof(Workplace.Concerns.ConcernMessage.MessageText),

        // AI literacy (issue 5, item 6: literacy): a person's levels, scores and plan are theirs alone (docs/literacy.md);
        // the log records that a self-assessment was taken, not what it showed.
        nameof(Workplace.Literacy.LiteracyProfile.KnowledgeLevel),
        nameof(Workplace.Literacy.LiteracyProfile.OrganisationLevel),
        nameof(Workplace.Literacy.LiteracyProfile.HandsOnLevel),
        nameof(Workplace.Literacy.LiteracyProfile.EthicsLevel),
        nameof(Workplace.Literacy.LiteracyProfile.LearningPlan),
        nameof(Workplace.Literacy.LiteracyScore.MeanWeight),
    };

    private List<EntityEntry> Changed() =>
        [.. db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)];

    /// <summary>Throws when a change would cross organisations or alter the audit log.</summary>
    /// <exception cref="TenantViolationException">A row belongs to another organisation than the actor's.</exception>
    /// <exception cref="AuditLogAppendOnlyException">An audit event would be changed or deleted.</exception>
    public void Guard()
    {
        foreach (var entry in Changed())
        {
            if (entry.Entity is AuditEvent && entry.State != EntityState.Added)
            {
                throw new AuditLogAppendOnlyException();
            }

            var organisation = OrganisationOf(entry.Entity);
            if (organisation is { } id && id != actor.OrganisationId)
            {
                throw new TenantViolationException(entry.Metadata.ClrType.Name);
            }
        }
    }

    /// <summary>Adds the audit events for the pending changes, chained to the organisation's last event.</summary>
    public async Task AppendAsync(CancellationToken ct)
    {
        var changes = Changed()
            .Where(e => e.Entity is not AuditEvent && OrganisationOf(e.Entity) is not null)
            .Select(Describe)
            .OfType<Change>()
            .OrderBy(c => c.EntityType, StringComparer.Ordinal)
            .ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();
        if (changes.Count == 0 || actor.OrganisationId is not { } organisation)
        {
            return;
        }

        var last = await db.AuditEvents.Where(a => a.OrganisationId == organisation)
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var at = AuditChain.Truncate(time.GetUtcNow());
        foreach (var change in changes)
        {
            var unsealed = new AuditEvent
            {
                OrganisationId = organisation,
                Sequence = ++sequence,
                At = at,
                ActorId = actor.ActorId,
                ActorName = actor.Name,
                ActorRoles = actor.Roles == Role.None ? "" : actor.Roles.ToString(),
                Action = change.Action,
                EntityType = change.EntityType,
                EntityId = change.EntityId,
                Before = change.Before,
                After = change.After,
                PreviousHash = previous,
                Hash = "",
            };
            var sealedEvent = AuditChain.Seal(unsealed);
            db.AuditEvents.Add(sealedEvent);
            previous = sealedEvent.Hash;
        }
    }

    private static Guid? OrganisationOf(object entity) => entity switch
    {
        Organisation o => o.Id,
        ITenantOwned t => t.OrganisationId,
        _ => null,
    };

    private static Change? Describe(EntityEntry entry)
    {
        var properties = entry.Properties
            .Where(p => !Hidden.Contains(p.Metadata.Name))
            .Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            .OrderBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .ToList();
        if (entry.State == EntityState.Modified && properties.Count == 0)
        {
            return null;
        }

        string Json(Func<PropertyEntry, object?> value) =>
            JsonSerializer.Serialize(properties.ToDictionary(p => p.Metadata.Name, value), AuditChain.JsonOptions);

        var key = string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties // every entity type has a key
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        return entry.State switch
        {
            EntityState.Added => new Change("created", entry.Metadata.ClrType.Name, key, null, Json(p => p.CurrentValue)),
            EntityState.Deleted => new Change("deleted", entry.Metadata.ClrType.Name, key, Json(p => p.OriginalValue), null),
            _ => new Change("updated", entry.Metadata.ClrType.Name, key, Json(p => p.OriginalValue), Json(p => p.CurrentValue)),
        };
    }

    private sealed record Change(string Action, string EntityType, string EntityId, string? Before, string? After);
}

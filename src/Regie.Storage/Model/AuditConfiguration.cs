using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Audit;

namespace Regie.Storage.Model;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public const string Table = "AuditEvents";

    public void Configure(EntityTypeBuilder<AuditEvent> e)
    {
        e.ToTable(Table);
        e.Property(a => a.ActorId).HasMaxLength(450);
        e.Property(a => a.ActorName).HasMaxLength(256);
        e.Property(a => a.ActorRoles).HasMaxLength(300);
        e.Property(a => a.Action).HasMaxLength(50);
        e.Property(a => a.EntityType).HasMaxLength(100);
        e.Property(a => a.EntityId).HasMaxLength(100);
        e.Property(a => a.PreviousHash).HasMaxLength(64);
        e.Property(a => a.Hash).HasMaxLength(64);

        // One chain per organisation: a second writer racing for the same position fails instead of forking it.
        e.HasIndex(a => new { a.OrganisationId, a.Sequence }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Oversight;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

internal sealed class OversightDesignConfiguration : IEntityTypeConfiguration<OversightDesign>
{
    public void Configure(EntityTypeBuilder<OversightDesign> e)
    {
        e.HasKey(d => d.AiSystemId);
        foreach (var text in new[]
        {
            nameof(OversightDesign.UnderstandEvidence), nameof(OversightDesign.AutomationBiasEvidence),
            nameof(OversightDesign.InterpretEvidence), nameof(OversightDesign.OverrideEvidence),
            nameof(OversightDesign.StopEvidence), nameof(OversightDesign.Staffing), nameof(OversightDesign.Escalation),
        })
        {
            e.Property<string?>(text).HasMaxLength(2000);
        }

        e.Ignore(d => d.Evidence);
        e.Ignore(d => d.CapabilitiesWithEvidence);
        e.HasOne<AiSystem>().WithOne().HasForeignKey<OversightDesign>(d => d.AiSystemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OversightAssignmentConfiguration : IEntityTypeConfiguration<OversightAssignment>
{
    public void Configure(EntityTypeBuilder<OversightAssignment> e)
    {
        e.HasKey(a => new { a.AiSystemId, a.MemberId });
        // Goes with the register's overseer link: unlinking an overseer removes their assignment.
        e.HasOne<AiSystemOverseer>().WithOne().HasForeignKey<OversightAssignment>(a => new { a.AiSystemId, a.MemberId })
            .OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(a => a.BackupMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OversightEventConfiguration : IEntityTypeConfiguration<OversightEvent>
{
    public void Configure(EntityTypeBuilder<OversightEvent> e)
    {
        e.Property(x => x.CaseReference).HasMaxLength(CaseReference.MaxLength);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(x => x.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the overseer: the log outlives a member's removal (the audit trail keeps the name).
        // Keys are revoked, never deleted; NO ACTION lets a system's deletion cascade to both its keys and events.
        e.HasOne<OversightApiKey>().WithMany().HasForeignKey(x => x.ApiKeyId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => new { x.AiSystemId, x.OccurredAt });
        e.HasIndex(x => new { x.OverseerMemberId, x.OccurredAt });
    }
}

internal sealed class OversightApiKeyConfiguration : IEntityTypeConfiguration<OversightApiKey>
{
    public void Configure(EntityTypeBuilder<OversightApiKey> e)
    {
        e.Property(k => k.Label).HasMaxLength(100);
        e.Property(k => k.Prefix).HasMaxLength(20);
        e.Property(k => k.TokenHash).HasMaxLength(64);
        e.Ignore(k => k.IsActive);
        e.HasIndex(k => k.TokenHash).IsUnique();
        e.HasOne<AiSystem>().WithMany().HasForeignKey(k => k.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(k => k.CreatedByMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

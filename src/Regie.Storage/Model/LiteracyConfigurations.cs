using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Literacy;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

// AI literacy (issue 5, item 6: literacy). Enums are stored as their numbers (EF's default), which never change.

internal sealed class LiteracyProfileConfiguration : IEntityTypeConfiguration<LiteracyProfile>
{
    public void Configure(EntityTypeBuilder<LiteracyProfile> e)
    {
        e.Property(p => p.InstrumentVersion).HasMaxLength(20);
        e.Property(p => p.LearningPlan).HasMaxLength(1000);
        e.Ignore(p => p.Levels);
        e.HasIndex(p => new { p.MemberId, p.Version }).IsUnique();
        // A person's self-assessments go with their membership (data minimisation); the audit log keeps that they existed.
        e.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkerGroup>().WithMany().HasForeignKey(p => p.WorkerGroupId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(p => p.Scores).WithOne().HasForeignKey(s => s.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiteracyScoreConfiguration : IEntityTypeConfiguration<LiteracyScore>
{
    public void Configure(EntityTypeBuilder<LiteracyScore> e)
    {
        e.HasKey(s => new { s.ProfileId, s.Code });
        e.Property(s => s.Code).HasMaxLength(3);
    }
}

internal sealed class RoleLiteracyRequirementConfiguration : IEntityTypeConfiguration<RoleLiteracyRequirement>
{
    public void Configure(EntityTypeBuilder<RoleLiteracyRequirement> e)
    {
        e.HasKey(r => new { r.OrganisationId, r.Role });
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SystemLiteracyRequirementConfiguration : IEntityTypeConfiguration<SystemLiteracyRequirement>
{
    public void Configure(EntityTypeBuilder<SystemLiteracyRequirement> e)
    {
        e.HasKey(r => r.AiSystemId);
        e.HasOne<AiSystem>().WithOne().HasForeignKey<SystemLiteracyRequirement>(r => r.AiSystemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> e)
    {
        e.Property(t => t.Course).HasMaxLength(TrainingRecord.TextLength);
        e.Property(t => t.Provider).HasMaxLength(TrainingRecord.TextLength);
        e.Property(t => t.Codes).HasMaxLength(100);
        e.Property(t => t.Evidence).HasMaxLength(TrainingRecord.EvidenceLength);
        e.Ignore(t => t.CodeList);
        e.HasIndex(t => t.MemberId);
        e.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(t => t.RecordedByMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

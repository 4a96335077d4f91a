using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Assessments;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

/// <summary>Job impact assessments (issue 5, item 1): one per AI system × worker group × version, with its parts.</summary>
internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<JobImpactAssessment>
{
    public void Configure(EntityTypeBuilder<JobImpactAssessment> e)
    {
        e.Property(a => a.InstrumentVersion).HasMaxLength(20);
        e.Property(a => a.ReopenReason).HasMaxLength(500);
        e.Property(a => a.LastComment).HasMaxLength(4000);
        e.Ignore(a => a.IsEditable);
        e.Ignore(a => a.IsCurrent);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(a => a.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkerGroup>().WithMany().HasForeignKey(a => a.WorkerGroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Member>().WithMany().HasForeignKey(a => a.DecidedByMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(a => a.Tasks).WithOne().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Signals).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Opinions).WithOne().HasForeignKey(o => o.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => new { a.AiSystemId, a.WorkerGroupId, a.Version }).IsUnique();
    }
}

internal sealed class AssessmentPartConfigurations :
    IEntityTypeConfiguration<TaskEffect>, IEntityTypeConfiguration<SignalAnswer>, IEntityTypeConfiguration<Opinion>,
    IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<TaskEffect> e)
    {
        e.Property(t => t.Text).HasMaxLength(1000);
        e.Property(t => t.Note).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<SignalAnswer> e)
    {
        e.Property(s => s.Code).HasMaxLength(20);
        e.Property(s => s.Evidence).HasMaxLength(4000);
        e.HasIndex(s => new { s.AssessmentId, s.Code }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Opinion> e)
    {
        e.Property(o => o.Text).HasMaxLength(4000);
        e.HasOne<Member>().WithMany().HasForeignKey(o => o.GivenByMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => new { o.AssessmentId, o.Kind }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Risk> e)
    {
        e.Property(r => r.Title).HasMaxLength(300);
        e.Property(r => r.Description).HasMaxLength(4000);
        e.Property(r => r.SignalCode).HasMaxLength(20);
        e.Ignore(r => r.Score);
        e.HasOne<JobImpactAssessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(r => r.OwnerMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(r => r.OriginRiskId);
    }
}

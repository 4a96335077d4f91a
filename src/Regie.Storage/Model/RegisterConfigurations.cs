using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Storage.Model;

internal sealed class AiSystemConfiguration : IEntityTypeConfiguration<AiSystem>
{
    public void Configure(EntityTypeBuilder<AiSystem> e)
    {
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.Purpose).HasMaxLength(2000);
        e.Property(s => s.Provider).HasMaxLength(200);
        e.Property(s => s.Version).HasMaxLength(100);
        e.Property(s => s.DataUsed).HasMaxLength(2000);
        e.Property(s => s.PlainLanguageSummary).HasMaxLength(4000);
        e.Property(s => s.ContactPoint).HasMaxLength(500);
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        e.HasOne<Member>().WithMany().HasForeignKey(s => s.OwnerMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(s => s.WorkerGroups).WithOne().HasForeignKey(l => l.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.JobProfiles).WithOne().HasForeignKey(l => l.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Overseers).WithOne().HasForeignKey(l => l.AiSystemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AiSystemLinkConfigurations :
    IEntityTypeConfiguration<AiSystemWorkerGroup>, IEntityTypeConfiguration<AiSystemJobProfile>,
    IEntityTypeConfiguration<AiSystemOverseer>
{
    public void Configure(EntityTypeBuilder<AiSystemWorkerGroup> e)
    {
        e.HasKey(l => new { l.AiSystemId, l.WorkerGroupId });
        e.HasOne<WorkerGroup>().WithMany().HasForeignKey(l => l.WorkerGroupId);
    }

    public void Configure(EntityTypeBuilder<AiSystemJobProfile> e)
    {
        e.HasKey(l => new { l.AiSystemId, l.JobProfileId });
        e.HasOne<JobProfile>().WithMany().HasForeignKey(l => l.JobProfileId);
    }

    public void Configure(EntityTypeBuilder<AiSystemOverseer> e)
    {
        e.HasKey(l => new { l.AiSystemId, l.MemberId });
        e.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId);
    }
}

internal sealed class ScreeningConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ScreeningRecord> e)
    {
        // Answers and reasons are stored as JSON text: they are read whole and never queried by field.
        e.Property(s => s.Answers).HasConversion(
            a => JsonSerializer.Serialize(a, Json),
            text => JsonSerializer.Deserialize<ScreeningAnswers>(text, Json) ?? new ScreeningAnswers());
        e.Property(s => s.Reasons).HasConversion(
            r => JsonSerializer.Serialize(r, Json),
            text => JsonSerializer.Deserialize<List<ScreeningReason>>(text, Json) ?? new List<ScreeningReason>(),
            new ValueComparer<IReadOnlyList<ScreeningReason>>(
                (a, b) => a!.SequenceEqual(b!), r => r.Aggregate(0, (h, x) => HashCode.Combine(h, x)), r => r.ToList()));
        e.HasOne<AiSystem>().WithMany().HasForeignKey(s => s.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.AiSystemId, s.ScreenedAt });
    }
}

internal sealed class DutyConfiguration : IEntityTypeConfiguration<Duty>
{
    public void Configure(EntityTypeBuilder<Duty> e)
    {
        e.Property(d => d.Evidence).HasMaxLength(2000);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(d => d.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(d => d.OwnerMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(d => new { d.AiSystemId, d.Kind });
    }
}

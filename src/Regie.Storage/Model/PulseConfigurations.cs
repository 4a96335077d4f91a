using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Organisations;
using Regie.Workplace.Pulse;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

/// <summary>The employer side of the pulse: set-up, link counts, thresholds and flags. Answers are in the vault.</summary>
internal sealed class PulseConfigurations :
    IEntityTypeConfiguration<PulseSurvey>, IEntityTypeConfiguration<PulseWave>, IEntityTypeConfiguration<PulseLinkBatch>,
    IEntityTypeConfiguration<PulseThreshold>, IEntityTypeConfiguration<PulseFlag>
{
    public void Configure(EntityTypeBuilder<PulseSurvey> e)
    {
        e.Property(s => s.InstrumentVersion).HasMaxLength(20);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(s => s.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => s.AiSystemId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PulseWave> e)
    {
        e.Property(w => w.Label).HasMaxLength(100);
        e.HasOne<PulseSurvey>().WithMany().HasForeignKey(w => w.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PulseLinkBatch> e)
    {
        e.HasOne<PulseWave>().WithMany().HasForeignKey(b => b.WaveId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkerGroup>().WithMany().HasForeignKey(b => b.WorkerGroupId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PulseThreshold> e)
    {
        e.Property(t => t.Dimension).HasMaxLength(50);
        e.HasOne<PulseSurvey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PulseFlag> e)
    {
        e.Property(f => f.Dimension).HasMaxLength(50);
        e.HasOne<PulseSurvey>().WithMany().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PulseWave>().WithMany().HasForeignKey(f => f.WaveId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PulseThreshold>().WithMany().HasForeignKey(f => f.ThresholdId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => new { f.AiSystemId, f.RaisedAt });
        e.HasIndex(f => new { f.WaveId, f.ThresholdId, f.WorkerGroupId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

internal sealed class ConsultationProcedureConfiguration : IEntityTypeConfiguration<ConsultationProcedure>
{
    public void Configure(EntityTypeBuilder<ConsultationProcedure> e)
    {
        e.Property(p => p.Motives).HasMaxLength(4000);
        e.Property(p => p.Consequences).HasMaxLength(4000);
        e.Property(p => p.ProposedMeasures).HasMaxLength(4000);
        e.Property(p => p.PositionText).HasMaxLength(4000);
        e.Property(p => p.DecisionText).HasMaxLength(4000);
        e.Property(p => p.DeviationReasons).HasMaxLength(4000);
        e.Property(p => p.ClosingNote).HasMaxLength(4000);
        e.Ignore(p => p.ConsentObtained);
        e.Ignore(p => p.IsClosed);
        e.OwnsOne(p => p.Expert, x =>
        {
            x.Property(a => a.Name).HasMaxLength(200);
            x.Property(a => a.Scope).HasMaxLength(2000);
            x.Property(a => a.CostEstimate).HasPrecision(12, 2);
            x.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.SetNull);
        });
        e.HasOne<AiSystem>().WithMany().HasForeignKey(p => p.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Meetings).WithOne().HasForeignKey(m => m.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Messages).WithOne().HasForeignKey(m => m.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => new { p.AiSystemId, p.CreatedAt });
    }
}

internal sealed class ConsultationChildConfigurations :
    IEntityTypeConfiguration<ConsultationMeeting>, IEntityTypeConfiguration<ConsultationMessage>
{
    public void Configure(EntityTypeBuilder<ConsultationMeeting> e) => e.Property(m => m.Minutes).HasMaxLength(8000);

    public void Configure(EntityTypeBuilder<ConsultationMessage> e)
    {
        e.Property(m => m.Text).HasMaxLength(4000);
        e.Property(m => m.Answer).HasMaxLength(4000);
        e.HasOne<Member>().WithMany().HasForeignKey(m => m.AuthorMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Member>().WithMany().HasForeignKey(m => m.AnsweredByMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class NoticeConfigurations : IEntityTypeConfiguration<WorkerNotice>, IEntityTypeConfiguration<DpiaOpinion>
{
    public void Configure(EntityTypeBuilder<WorkerNotice> e)
    {
        e.Property(n => n.What).HasMaxLength(2000);
        e.Property(n => n.Why).HasMaxLength(2000);
        e.Property(n => n.Decisions).HasMaxLength(2000);
        e.Property(n => n.Oversight).HasMaxLength(2000);
        e.Property(n => n.Rights).HasMaxLength(2000);
        e.Property(n => n.Contact).HasMaxLength(500);
        e.Property(n => n.Channel).HasMaxLength(200);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(n => n.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(n => new { n.AiSystemId, n.Status });
    }

    public void Configure(EntityTypeBuilder<DpiaOpinion> e)
    {
        e.Property(o => o.SoughtFrom).HasMaxLength(300);
        e.Property(o => o.Opinion).HasMaxLength(8000);
        e.Property(o => o.ReasonNotSought).HasMaxLength(2000);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(o => o.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(o => o.AiSystemId).IsUnique();
    }
}

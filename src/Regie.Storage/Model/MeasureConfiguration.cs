using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.Property(m => m.Title).HasMaxLength(300);
        e.Property(m => m.Description).HasMaxLength(4000);
        e.Property(m => m.NotImplementedReason).HasMaxLength(2000);
        e.Property(m => m.Evidence).HasMaxLength(2000);
        e.Property(m => m.ReturnReason).HasMaxLength(2000); // walk: why a review or the works council sent it back
        e.Property(m => m.VerifiedBy).HasMaxLength(200);
        e.Ignore(m => m.IsSettled);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(m => m.AiSystemId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(m => m.OwnerMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Member>().WithMany().HasForeignKey(m => m.WorksCouncilVerifiedByMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.AiSystemId, m.Source, m.SourceId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Requests;

namespace Regie.Storage.Model;

/// <summary>Requests for explanation or human review (issue 5, item 4).</summary>
internal sealed class RequestConfiguration : IEntityTypeConfiguration<DecisionRequest>
{
    public void Configure(EntityTypeBuilder<DecisionRequest> e)
    {
        e.Property(r => r.DecisionReference).HasMaxLength(300);
        e.Property(r => r.Question).HasMaxLength(4000);
        e.Property(r => r.Response).HasMaxLength(4000);
        e.Property(r => r.AppealReason).HasMaxLength(4000);
        e.Property(r => r.AppealResponse).HasMaxLength(4000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(r => r.AiSystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Member>().WithMany().HasForeignKey(r => r.RequesterMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Member>().WithMany().HasForeignKey(r => r.HandlerMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(r => new { r.OrganisationId, r.Status });
        e.HasIndex(r => r.RequesterMemberId);
    }
}

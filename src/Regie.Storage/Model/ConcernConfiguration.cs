using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.Concerns;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Model;

/// <summary>
/// Concerns (issue 5, item 4). An anonymous concern has no column that could point at a person: no account, member,
/// address, browser or time of day. A system or member that is removed leaves the concern in place.
/// </summary>
internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>, IEntityTypeConfiguration<ConcernMessage>
{
    public void Configure(EntityTypeBuilder<Concern> e)
    {
        e.Property(c => c.Reference).HasMaxLength(16);
        e.Property(c => c.TokenHash).HasMaxLength(64);
        e.Property(c => c.ConcernText).HasMaxLength(4000);
        e.Property(c => c.RetaliationNote).HasMaxLength(2000);
        e.HasIndex(c => c.TokenHash).IsUnique();
        e.HasIndex(c => new { c.OrganisationId, c.Reference }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
        e.HasOne<AiSystem>().WithMany().HasForeignKey(c => c.AiSystemId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Member>().WithMany().HasForeignKey(c => c.RaisedByMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Member>().WithMany().HasForeignKey(c => c.InvestigatorMemberId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ConcernMessage> e)
    {
        e.Property(m => m.MessageText).HasMaxLength(4000);
        e.HasIndex(m => new { m.ConcernId, m.Number }).IsUnique();
        e.HasOne<Member>().WithMany().HasForeignKey(m => m.AuthorMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}

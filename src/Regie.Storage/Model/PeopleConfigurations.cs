using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Storage.Identity;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;

namespace Regie.Storage.Model;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> e)
    {
        e.Property(m => m.UserId).HasMaxLength(450);
        e.Property(m => m.DisplayName).HasMaxLength(200);
        e.Property(m => m.Email).HasMaxLength(256);
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
        e.HasOne<RegieUser>().WithMany().HasForeignKey(m => m.UserId);
        e.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
        e.HasIndex(m => m.UserId);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId);
        e.HasIndex(i => i.TokenHash).IsUnique();
    }
}

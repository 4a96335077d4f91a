using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;

namespace Regie.Storage.Model;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.KvkNumber).HasMaxLength(8);
        e.Property(o => o.SbiCode).HasMaxLength(8);
    }
}

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> e)
    {
        e.Property(u => u.Name).HasMaxLength(200);
        e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(u => new { u.OrganisationId, u.Name }).IsUnique();
    }
}

internal sealed class WorkerGroupConfiguration : IEntityTypeConfiguration<WorkerGroup>
{
    public void Configure(EntityTypeBuilder<WorkerGroup> e)
    {
        e.Property(g => g.Name).HasMaxLength(200);
        e.Property(g => g.Location).HasMaxLength(200);
        e.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(g => new { g.OrganisationId, g.Name }).IsUnique();
    }
}

internal sealed class JobProfileConfiguration : IEntityTypeConfiguration<JobProfile>
{
    public void Configure(EntityTypeBuilder<JobProfile> e)
    {
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.IscoCode).HasMaxLength(4);
        e.Property(p => p.EscoUri).HasMaxLength(300);
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        e.HasOne<WorkerGroup>().WithMany().HasForeignKey(p => p.WorkerGroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.JobProfileId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(p => p.Tasks).AutoInclude(false);
    }
}

internal sealed class JobTaskConfiguration : IEntityTypeConfiguration<JobTask>
{
    public void Configure(EntityTypeBuilder<JobTask> e)
    {
        e.Property(t => t.Text).HasMaxLength(1000);
        e.Property(t => t.SourceRef).HasMaxLength(300);
        e.HasIndex(t => new { t.JobProfileId, t.Position });
    }
}

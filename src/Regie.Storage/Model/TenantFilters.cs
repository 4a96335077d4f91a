using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Model;

/// <summary>Puts the organisation filter on every entity type that implements <see cref="ITenantOwned"/>.</summary>
internal static class TenantFilters
{
    public static void Apply(ModelBuilder builder, RegieDbContext context)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            // e => e.OrganisationId == context.CurrentOrganisationId; EF reads the context property per query.
            var entity = Expression.Parameter(type.ClrType, "e");
            var organisation = Expression.Convert(
                Expression.Property(entity, nameof(ITenantOwned.OrganisationId)), typeof(Guid?));
            var current = Expression.Property(Expression.Constant(context), nameof(RegieDbContext.CurrentOrganisationId));
            builder.Entity(type.ClrType).HasQueryFilter(Expression.Lambda(Expression.Equal(organisation, current), entity));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests;

/// <summary>The migrations of each provider build the current model, so a model change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_migrations_match_the_model(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, TestContext.Current.CancellationToken);
        await using var scope = services.As(WorkplaceActor.Anonymous);
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();

        var pending = await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(pending);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: run tools/regen-migrations <Name>.");
    }
}

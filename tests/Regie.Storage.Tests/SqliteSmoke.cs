using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Regie.Storage;
using Regie.Storage.Auditing;
using Regie.Workplace.Audit;
using Regie.Workplace.Organisations;
using Regie.Workplace.Tenancy;

namespace Regie.Storage.Tests;

public sealed class SqliteSmokeTests
{
    [Fact]
    public async Task Organisation_rows_are_filtered_and_audited()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var scope = new TenantScope();
        var options = new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteRegieDbContext(options, scope, TimeProvider.System);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        foreach (var id in new[] { a, b })
        {
            scope.Enter(WorkplaceActor.System("test", id));
            db.Organisations.Add(new Organisation { Id = id, Name = $"Org {id}", KvkNumber = "12345678", SbiCode = "62" });
            db.OrgUnits.Add(new OrgUnit { Id = Guid.NewGuid(), OrganisationId = id, Name = "Unit" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        scope.Enter(WorkplaceActor.System("test", a));
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);

        Assert.All(units, u => Assert.Equal(a, u.OrganisationId));
        Assert.Single(units);
        Assert.Equal(2, events.Count);
        Assert.Null(AuditChain.FirstBreak(events));
    }
}

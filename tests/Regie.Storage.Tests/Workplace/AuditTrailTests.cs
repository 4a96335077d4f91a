using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace.Audit;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Storage.Tests.Workplace;

/// <summary>Every change leaves a chained audit event; the log cannot be changed, not even with SQL.</summary>
public sealed class AuditTrailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_change_is_logged_with_who_and_before_and_after(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        Guid id;
        await using (var scope = services.As(org.As(Role.SystemOwner)))
        {
            var register = scope.ServiceProvider.GetRequiredService<AiRegister>();
            id = (await register.RegisterAsync(Some.AiSystem("Planner"), Ct)).Value.Id;
            await register.UpdateAsync(id, Some.AiSystem("Planner 2"), Ct);
        }

        await using var asAuditor = services.As(org.As(Role.Auditor));
        var page = (await asAuditor.ServiceProvider.GetRequiredService<AuditLog>().PageAsync(nameof(AiSystem), 1, 50, Ct)).Value;

        var update = page.Events.First(e => e.Action == "updated");
        Assert.Equal(org.MemberFor(Role.SystemOwner).UserId, update.ActorId);
        Assert.Equal(id.ToString(), update.EntityId);
        Assert.Equal("""{"Name":"Planner"}""", update.Before);
        Assert.Equal("""{"Name":"Planner 2"}""", update.After);
        Assert.Null(page.FirstBreak);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_database_refuses_to_update_or_delete_audit_events(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var connection = services.Database.CreateConnection();
        await connection.OpenAsync(Ct);

        var update = await ExecuteAsync(connection, """UPDATE "AuditEvents" SET "ActorName" = 'someone else'""");
        var delete = await ExecuteAsync(connection, """DELETE FROM "AuditEvents" """);

        Assert.Contains("append-only", update, StringComparison.Ordinal);
        Assert.Contains("append-only", delete, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_auditor_may_read_but_an_employee_may_not(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        await using var asEmployee = services.As(org.As(Role.Employee));
        await using var asAuditor = services.As(org.As(Role.Auditor));

        var denied = await asEmployee.ServiceProvider.GetRequiredService<AuditLog>().PageAsync(null, 1, 50, Ct);
        var export = await asAuditor.ServiceProvider.GetRequiredService<AuditLog>().ExportAsync(Ct);

        Assert.IsType<Regie.Workplace.NotAllowed>(denied.Error);
        Assert.Equal(Enumerable.Range(1, export.Value.Count).Select(i => (long)i), export.Value.Select(e => e.Sequence));
        Assert.Null(AuditChain.FirstBreak(export.Value));
    }

    [Fact]
    public void A_changed_event_breaks_the_chain_from_there_on()
    {
        var events = new List<AuditEvent>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= 3; i++)
        {
            var e = AuditChain.Seal(new AuditEvent
            {
                OrganisationId = Guid.Empty,
                Sequence = i,
                At = DateTimeOffset.UnixEpoch,
                ActorId = "a",
                ActorName = "A",
                Action = "created",
                EntityType = "OrgUnit",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = "{}",
                PreviousHash = previous,
                Hash = "",
            });
            events.Add(e);
            previous = e.Hash;
        }

        var tampered = events.Select(e => e.Sequence == 2 ? AuditChainTamper.WithAfter(e, """{"Name":"x"}""") : e).ToList();

        Assert.Null(AuditChain.FirstBreak(events));
        Assert.Equal(2, AuditChain.FirstBreak(tampered));
    }

    private static async Task<string> ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            await command.ExecuteNonQueryAsync(Ct);
            return "no error";
        }
        catch (DbException e)
        {
            return e.Message;
        }
    }
}

internal static class AuditChainTamper
{
    public static AuditEvent WithAfter(AuditEvent e, string after) => new()
    {
        OrganisationId = e.OrganisationId,
        Sequence = e.Sequence,
        At = e.At,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        ActorRoles = e.ActorRoles,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityId = e.EntityId,
        Before = e.Before,
        After = after,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}

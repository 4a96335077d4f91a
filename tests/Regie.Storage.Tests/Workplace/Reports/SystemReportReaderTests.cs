using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit.Databases;
using Regie.TestKit.Workplace;
using Regie.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Reports;

namespace Regie.Storage.Tests.Workplace.Reports;

/// <summary>
/// The report readers read each part through its own permission, hide pulse cells below k like the pulse page, and
/// keep to the reader's organisation — on SQLite and PostgreSQL.
/// </summary>
public sealed class SystemReportReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Each_part_follows_the_readers_permission_for_every_role(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        var wrong = new List<string>();

        foreach (var role in PermissionMatrix.AllRoles)
        {
            await using var scope = services.As(org.As(role));
            var read = await scope.ServiceProvider.GetRequiredService<SystemReportReader>().ReadAsync(pulse.SystemId, Ct);
            if (!role.Allows(Permission.ViewRegister))
            {
                Check(wrong, role, "report", read.Error is NotAllowed, "refused");
                continue;
            }

            var report = read.Value;
            Check(wrong, role, "assessments", report.Assessments.IsSuccess, role.Allows(Permission.ViewAssessments));
            Check(wrong, role, "consultation", report.Consultation.IsSuccess, role.Allows(Permission.ViewConsultation));
            Check(wrong, role, "measures", report.Measures.IsSuccess, role.Allows(Permission.ViewMeasures));
            Check(wrong, role, "pulse", report.Pulse.IsSuccess, role.Allows(Permission.ViewPulseResults));
            Check(wrong, role, "oversight design", report.OversightPlan.IsSuccess, role.Allows(Permission.ViewOversightDesign));
            Check(wrong, role, "oversight figures", report.Oversight.IsSuccess, role.Allows(Permission.ViewOversightDashboard));
            Check(wrong, role, "overseer literacy", report.OverseerLiteracy.IsSuccess,
                role.Allows(Permission.ViewOversightDashboard) || role.Allows(Permission.RequireSystemLiteracy));
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_pulse_part_publishes_only_cells_with_at_least_k_respondents(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        foreach (var token in await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupA, 12, Ct))
        {
            await PulseSetup.AnswerAsync(services, token, _ => 2, Ct);
        }

        foreach (var token in await pulse.LinksAsync(services, org, pulse.Baseline, pulse.GroupB, 3, Ct))
        {
            await PulseSetup.AnswerAsync(services, token, _ => 4, Ct);
        }

        await using var council = services.As(org.As(Role.WorksCouncil));
        var board = (await council.ServiceProvider.GetRequiredService<SystemReportReader>().ReadAsync(pulse.SystemId, Ct)).Value.Pulse.Value;

        Assert.NotNull(board);
        var published = board.Table.Cells.Where(c => c.IsPublished).ToList();
        Assert.All(published, c => Assert.True(c.Respondents >= board.Table.K, $"A published cell has {c.Respondents} respondents."));
        Assert.Contains(board.Table.Cells, c => c.WorkerGroupId == pulse.GroupB && !c.IsPublished && c.Respondents is null);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_board_report_holds_every_system_with_its_procedures_and_only_this_organisations(DatabaseKind kind)
    {
        await using var services = await WorkplaceServices.CreateAsync(kind, Ct);
        var org = await SeededOrganisation.CreateAsync(services, "Alfa Zorg", Ct);
        var other = await SeededOrganisation.CreateAsync(services, "Beta Bouw", Ct);
        var pulse = await PulseSetup.CreateAsync(services, org, Ct);
        var elsewhere = await PulseSetup.CreateAsync(services, other, Ct);
        var procedure = await ConsultationRun.CloseAgreedAsync(services, org, pulse.SystemId, ConsultationKind.Consent, monitoringCapable: true, Ct);

        await using var executive = services.As(org.As(Role.Executive));
        var board = (await executive.ServiceProvider.GetRequiredService<BoardReportReader>().ReadAsync(Ct)).Value;

        var system = Assert.Single(board.Systems);
        Assert.Equal(pulse.SystemId, system.System.Id);
        Assert.DoesNotContain(board.Systems, s => s.System.Id == elsewhere.SystemId);
        var closed = Assert.Single(system.Procedures);
        Assert.Equal(procedure, closed.Procedure.Id);
        Assert.True(closed.Procedure.IsClosed);
        Assert.True(board.Concerns.IsSuccess);
        Assert.True(board.Requests.IsSuccess);
    }

    private static void Check(List<string> wrong, Role role, string part, bool actual, bool expected)
    {
        if (actual != expected)
        {
            wrong.Add($"{role}: {part} {(actual ? "readable" : "refused")}, expected {(expected ? "readable" : "refused")}");
        }
    }

    private static void Check(List<string> wrong, Role role, string part, bool ok, string what)
    {
        if (!ok)
        {
            wrong.Add($"{role}: {part} not {what}");
        }
    }
}

using Regie.Cli.Commands.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>An AI system as the demo left it.</summary>
internal sealed record DemoSystemRow(Guid Id, string Name, AiSystemStatus Status, RiskClass RiskClass);

/// <summary>
/// Puts a demo system through the register as its people would: the system owner registers it, moves it to
/// screening, screens it and works on its duties (the works-council and notice duties through the real procedure,
/// <see cref="DemoConsultation"/>); the executive takes the decision steps (DecideLifecycle).
/// </summary>
internal sealed class DemoRegister(WorkplaceSession session, IReadOnlyDictionary<Role, WorkplaceActor> cast, DemoStructure structure)
{
    private Guid? _walked;

    private WorkplaceActor Owner => cast[Role.SystemOwner];

    /// <summary>Finishes the walk of the walked system after the seed's transaction (see <see cref="DemoWalk.GoLiveAsync"/>).</summary>
    public async Task<IReadOnlyList<DemoSystemRow>> FinishWalkAsync(IReadOnlyList<DemoSystemRow> rows, CancellationToken ct)
    {
        if (_walked is not { } id)
        {
            return rows;
        }

        var status = await new DemoWalk(session, cast, structure).GoLiveAsync(id, DemoSystems.Rostering, ct);
        return [.. rows.Select(r => r.Id == id ? r with { Status = status } : r)];
    }

    public async Task<DemoSystemRow> AddAsync(DemoSystem demo, CancellationToken ct)
    {
        session.Enter(Owner);
        var overseers = demo.Overseen ? new[] { cast[Role.Overseer].MemberId!.Value } : []; // cast actors are members
        var request = new AiSystemRequest(demo.Name, demo.Purpose, demo.Provider, null, demo.DecisionTypes, demo.DataUsed,
            demo.MonitoringCapable, demo.PlainLanguageSummary, demo.ContactPoint,
            [.. demo.WorkerGroups.Select(g => structure.WorkerGroups[g])], [.. demo.JobProfiles.Select(p => structure.JobProfiles[p])], overseers);
        var system = Expected.Value(await session.Get<AiRegister>().RegisterAsync(request, ct), $"register {demo.Name}");
        await MoveAsync(system, [AiSystemStatus.Intake, AiSystemStatus.Screening], ct);

        session.Enter(Owner);
        var run = Expected.Value(await session.Get<ScreeningDesk>().RunAsync(system.Id, demo.Answers, ct), $"screen {demo.Name}");
        foreach (var duty in run.Duties.Where(d => demo.Duties.ContainsKey(d.Kind) && !ProcedureDuties.FollowsProcedure(d.Kind)))
        {
            var update = new DutyUpdate(duty.OwnerMemberId, duty.DueDate, demo.Duties[duty.Kind], DemoSystems.Evidence(duty.Kind));
            Expected.Value(await session.Get<DutyEditor>().UpdateAsync(duty.Id, update, ct), $"update duty {duty.Kind} of {demo.Name}");
        }

        await new DemoConsultation(session, cast).RunAsync(system, demo, ct);
        await MoveAsync(system, demo.MovesAfterScreening, ct);
        if (demo == DemoSystems.Rostering)
        {
            await new DemoWalk(session, cast, structure).PrepareAsync(system, demo, ct); // the whole walk for one system
            _walked = system.Id;
        }

        return new DemoSystemRow(system.Id, system.Name, system.Status, run.Outcome.RiskClass);
    }

    private async Task MoveAsync(AiSystem system, IEnumerable<AiSystemStatus> path, CancellationToken ct)
    {
        foreach (var to in path)
        {
            session.Enter(Lifecycle.PermissionFor(system.Status, to) == Permission.DecideLifecycle ? cast[Role.Executive] : Owner);
            var moved = Expected.Value(await session.Get<AiRegister>().MoveAsync(system.Id, to, ct), $"move {system.Name} to {to}");
            system.Status = moved.Status; // the same tracked row; kept in step for the next permission check
        }
    }
}

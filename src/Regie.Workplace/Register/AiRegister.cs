using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Register;

/// <summary>Registering AI systems, editing them and moving them through the lifecycle behind its gates.</summary>
public sealed class AiRegister(
    IWorkplaceDb db, ITenantScope scope, IEnumerable<ILifecycleGate> gates, TimeProvider time, IEnumerable<IAiSystemChangeHook> changeHooks)
{
    public async Task<Result<AiSystem>> RegisterAsync(AiSystemRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAiSystem) is { } denied)
        {
            return denied;
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        var organisation = scope.Actor.OrganisationId!.Value; // Deny returned null
        var owner = scope.Actor.MemberId ?? await db.Members.Where(m => ((int)m.Roles & (int)Role.SystemOwner) != 0)
            .OrderBy(m => m.JoinedAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return ValidationError.For("Owner", "The organisation has no member with the role AI system owner.");
        }

        var system = new AiSystem
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation,
            Name = "",
            Purpose = "",
            Provider = "",
            OwnerMemberId = owner.Value,
            CreatedAt = time.GetUtcNow(),
        };
        Apply(system, request);
        db.AiSystems.Add(system);
        await db.SaveChangesAsync(ct);
        return system;
    }

    public async Task<Result<AiSystem>> UpdateAsync(Guid id, AiSystemRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAiSystem) is { } denied)
        {
            return denied;
        }

        if (await FindAsync(id, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", id);
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        var before = AiSystemSnapshot.Of(system);
        Apply(system, request);
        var change = AiSystemChange.Between(before, AiSystemSnapshot.Of(system));
        foreach (var hook in changeHooks.Where(_ => change.Any))
        {
            await hook.OnChangedAsync(system, change, ct);
        }

        await db.SaveChangesAsync(ct);
        return system;
    }

    /// <summary>The gates a move would have to pass, checked now (for showing what is still missing).</summary>
    public async Task<IReadOnlyList<GateResult>> CheckGatesAsync(AiSystem system, AiSystemStatus to, CancellationToken ct)
    {
        var results = new List<GateResult>();
        foreach (var gate in gates.Where(g => g.Guards(system.Status, to)).OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            results.Add(await gate.CheckAsync(system, ct));
        }

        return results;
    }

    /// <summary>Moves a system to another lifecycle status when the move exists, the actor may make it and every gate is met.</summary>
    public async Task<Result<AiSystem>> MoveAsync(Guid id, AiSystemStatus to, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } system)
        {
            return scope.Actor.Deny(Permission.ViewRegister) ?? new WorkplaceNotFound("AI system", id);
        }

        if (Lifecycle.PermissionFor(system.Status, to) is not { } permission)
        {
            return scope.Actor.Deny(Permission.MoveLifecycle) is { } cannot && scope.Actor.Deny(Permission.DecideLifecycle) is not null
                ? cannot
                : new MoveNotInLifecycle(system.Status, to);
        }

        if (scope.Actor.Deny(permission) is { } denied)
        {
            return denied;
        }

        var unmet = (await CheckGatesAsync(system, to, ct)).Where(g => !g.IsMet).ToList();
        if (unmet.Count > 0)
        {
            return new GatesNotMet(to, unmet);
        }

        system.Status = to;
        await db.SaveChangesAsync(ct);
        return system;
    }

    /// <summary>A system of the current organisation with its links, or null.</summary>
    public Task<AiSystem?> FindAsync(Guid id, CancellationToken ct) =>
        db.AiSystems.Include(s => s.WorkerGroups).Include(s => s.JobProfiles).Include(s => s.Overseers)
            .FirstOrDefaultAsync(s => s.Id == id, ct);

    private void Apply(AiSystem system, AiSystemRequest request)
    {
        var organisation = system.OrganisationId;
        system.Name = request.Name!.Trim(); // validated
        system.Purpose = request.Purpose!.Trim();
        system.Provider = request.Provider!.Trim();
        system.Version = Validation.Clean(request.Version);
        system.DecisionTypes = request.DecisionTypes;
        system.DataUsed = Validation.Clean(request.DataUsed);
        system.MonitoringCapable = request.MonitoringCapable;
        system.PlainLanguageSummary = Validation.Clean(request.PlainLanguageSummary);
        system.ContactPoint = Validation.Clean(request.ContactPoint);
        Relink(system.WorkerGroups, request.WorkerGroupIds, g => g.WorkerGroupId,
            g => new AiSystemWorkerGroup { OrganisationId = organisation, AiSystemId = system.Id, WorkerGroupId = g });
        Relink(system.JobProfiles, request.JobProfileIds, p => p.JobProfileId,
            p => new AiSystemJobProfile { OrganisationId = organisation, AiSystemId = system.Id, JobProfileId = p });
        Relink(system.Overseers, request.OverseerMemberIds, o => o.MemberId,
            m => new AiSystemOverseer { OrganisationId = organisation, AiSystemId = system.Id, MemberId = m });
    }

    private static void Relink<T>(List<T> links, IReadOnlyList<Guid>? wanted, Func<T, Guid> key, Func<Guid, T> create)
    {
        var target = (wanted ?? []).Distinct().ToHashSet();
        links.RemoveAll(l => !target.Contains(key(l)));
        links.AddRange(target.Where(id => links.All(l => key(l) != id)).Order().Select(create));
    }

    private async Task<ValidationError?> ValidateAsync(AiSystemRequest request, CancellationToken ct)
    {
        var check = new Validation()
            .Require("Name", request.Name, 200, "Name")
            .Require("Purpose", request.Purpose, 2000, "Purpose")
            .Require("Provider", request.Provider, 200, "Provider")
            .Optional("Version", request.Version, 100, "Version")
            .Optional("DataUsed", request.DataUsed, 2000, "Data used")
            .Optional("PlainLanguageSummary", request.PlainLanguageSummary, 4000, "Plain-language summary")
            .Optional("ContactPoint", request.ContactPoint, 500, "Contact point");
        var groups = request.WorkerGroupIds ?? [];
        var profiles = request.JobProfileIds ?? [];
        var overseers = request.OverseerMemberIds ?? [];
        check.Check(await db.WorkerGroups.CountAsync(g => groups.Contains(g.Id), ct) == groups.Distinct().Count(),
            "WorkerGroupIds", "One or more worker groups do not exist.");
        check.Check(await db.JobProfiles.CountAsync(p => profiles.Contains(p.Id), ct) == profiles.Distinct().Count(),
            "JobProfileIds", "One or more job profiles do not exist.");
        check.Check(await db.Members.CountAsync(m => overseers.Contains(m.Id), ct) == overseers.Distinct().Count(),
            "OverseerMemberIds", "One or more overseers are not members.");
        return check.IsValid ? null : check.ToError();
    }
}

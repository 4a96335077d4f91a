using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Register;

/// <summary>
/// One entry of the internal AI register as every member reads it: what the system does, for whom, who oversees
/// it, the rights that apply and where to go. No internal assessments, no duties, no names of other employees
/// beyond the overseers.
/// </summary>
public sealed record RegisterEntry(
    Guid Id,
    string Name,
    string Explanation,
    string Provider,
    AiSystemStatus Status,
    DecisionTypes DecisionTypes,
    bool MonitoringCapable,
    RiskClass? RiskClass,
    IReadOnlyList<string> WorkerGroups,
    IReadOnlyList<string> JobProfiles,
    IReadOnlyList<string> Overseers,
    string? ContactPoint,
    IReadOnlyList<WorkerRight> Rights);

/// <summary>A right a worker has towards a system, with the provision it rests on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkerRight>))]
public enum WorkerRight
{
    /// <summary>AI Act Art. 86: a clear and meaningful explanation of the AI's role in a decision about you.</summary>
    Explanation = 1,

    /// <summary>GDPR Art. 22(3): human intervention, to give your view and contest an automated decision.</summary>
    HumanReview,

    /// <summary>AI Act Art. 26(11): to be told that a high-risk system is used in decisions about you.</summary>
    ToBeInformed,

    /// <summary>GDPR Art. 15: access to the personal data the system processes about you.</summary>
    DataAccess,

    /// <summary>WOR art. 27(1)(l): the works council consents to monitoring-capable systems on your behalf.</summary>
    WorksCouncilConsent,
}

/// <summary>The internal AI register in plain language, for every member (employees first).</summary>
public sealed class InternalRegister(IWorkplaceDb db, ITenantScope scope)
{
    /// <summary>Statuses an employee sees: decided, being prepared, in use or suspended. Ideas and drafts stay internal.</summary>
    private static readonly AiSystemStatus[] Visible =
    [
        AiSystemStatus.Decision, AiSystemStatus.Preparation, AiSystemStatus.Pilot, AiSystemStatus.Live,
        AiSystemStatus.Monitoring, AiSystemStatus.Change, AiSystemStatus.Suspended,
    ];

    public async Task<Result<IReadOnlyList<RegisterEntry>>> ListAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewInternalRegister) is { } denied)
        {
            return denied;
        }

        var systems = await db.AiSystems.AsNoTracking().Where(s => Visible.Contains(s.Status))
            .Include(s => s.WorkerGroups).Include(s => s.JobProfiles).Include(s => s.Overseers)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
        var groups = (await db.WorkerGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .ToDictionary(g => g.Id, g => g.Name);
        var profiles = (await db.JobProfiles.AsNoTracking().Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p.Title);
        var members = (await db.Members.AsNoTracking().Select(m => new { m.Id, m.DisplayName }).ToListAsync(ct))
            .ToDictionary(m => m.Id, m => m.DisplayName);
        var ids = systems.Select(s => s.Id).ToList();
        var screenings = (await db.Screenings.AsNoTracking().Where(s => ids.Contains(s.AiSystemId))
                .Select(s => new { s.AiSystemId, s.ScreenedAt, s.RiskClass }).ToListAsync(ct))
            .GroupBy(s => s.AiSystemId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.ScreenedAt)!.RiskClass); // groups are never empty

        return systems.Select(s =>
        {
            RiskClass? risk = screenings.TryGetValue(s.Id, out var r) ? r : null;
            return new RegisterEntry(
                s.Id, s.Name, s.PlainLanguageSummary ?? s.Purpose, s.Provider, s.Status, s.DecisionTypes, s.MonitoringCapable, risk,
                [.. s.WorkerGroups.Select(l => groups.GetValueOrDefault(l.WorkerGroupId, "?")).Order(StringComparer.CurrentCulture)],
                [.. s.JobProfiles.Select(l => profiles.GetValueOrDefault(l.JobProfileId, "?")).Order(StringComparer.CurrentCulture)],
                [.. s.Overseers.Select(l => members.GetValueOrDefault(l.MemberId, "?")).Order(StringComparer.CurrentCulture)],
                s.ContactPoint,
                RightsFor(s, risk));
        }).ToList();
    }

    /// <summary>The rights that apply, from the decision types and the screening outcome.</summary>
    internal static IReadOnlyList<WorkerRight> RightsFor(AiSystem system, RiskClass? risk)
    {
        var rights = new List<WorkerRight> { WorkerRight.DataAccess };
        if (system.DecisionTypes != DecisionTypes.None)
        {
            rights.Add(WorkerRight.HumanReview);
        }

        if (risk == RiskClass.HighRisk)
        {
            rights.Add(WorkerRight.Explanation);
            rights.Add(WorkerRight.ToBeInformed);
        }

        if (system.MonitoringCapable)
        {
            rights.Add(WorkerRight.WorksCouncilConsent);
        }

        return [.. rights.Order()];
    }
}

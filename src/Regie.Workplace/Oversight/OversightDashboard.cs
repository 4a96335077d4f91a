using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>One overseer's figures for one system (or across systems), with the rubber-stamp flag.</summary>
public sealed record OverseerRow(Guid MemberId, string Name, OversightFigures Figures, bool RubberStamp);

/// <summary>Cases per week (the Monday the week starts on, in the organisation's time zone) and kind.</summary>
public sealed record WeekVolume(DateOnly WeekStart, OversightEventKind Kind, int Cases);

/// <summary>A system's oversight over the window: its figures, the flag, each overseer and the volume per week.</summary>
public sealed record SystemOversight(
    Guid AiSystemId, string SystemName, DateOnly From, DateOnly To, OversightFigures Figures, bool RubberStamp,
    IReadOnlyList<OverseerRow> Overseers, IReadOnlyList<WeekVolume> Weeks, IReadOnlyList<OversightEvent> Latest,
    OversightOptions Thresholds);

/// <summary>One system's figures in an overseer's dashboard.</summary>
public sealed record SystemRow(Guid AiSystemId, string SystemName, OversightFigures Figures, bool RubberStamp);

/// <summary>One overseer's oversight over the window: a row per system, and the latest cases they logged.</summary>
public sealed record OverseerOversight(
    Guid MemberId, string Name, DateOnly From, DateOnly To, IReadOnlyList<SystemRow> Systems,
    IReadOnlyList<OversightEvent> Latest, OversightOptions Thresholds);

/// <summary>
/// The oversight dashboards, per system and per overseer, over the last <see cref="OversightOptions.WindowDays"/> days.
/// The statistics themselves are <see cref="OversightStatistics"/> and <see cref="RubberStampRule"/>.
/// </summary>
public sealed class OversightDashboard(IWorkplaceDb db, ITenantScope scope, TimeProvider time, IOptions<OversightOptions> options)
{
    /// <summary>How many of the latest cases the dashboards list.</summary>
    public const int LatestCount = 20;

    /// <summary>Dutch organisations: weeks and days are counted in Amsterdam time.</summary>
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<Result<SystemOversight>> ForSystemAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewOversightDashboard) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.AsNoTracking().Where(s => s.Id == aiSystemId).Select(s => s.Name).FirstOrDefaultAsync(ct) is not { } name)
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var (from, to, since) = Window();
        var events = await db.OversightEvents.AsNoTracking().Where(e => e.AiSystemId == aiSystemId && e.OccurredAt >= since)
            .Select(e => new { e.OverseerMemberId, e.Kind, e.SecondsSpent, e.OccurredAt }).ToListAsync(ct);
        var names = await NamesAsync(events.Select(e => e.OverseerMemberId), ct);
        var thresholds = options.Value;
        var overseers = events.GroupBy(e => e.OverseerMemberId)
            .Select(g => Row(g.Key, names, OversightStatistics.Of(g.Select(e => (e.Kind, e.SecondsSpent)))))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.MemberId).ToList();
        var weeks = events.GroupBy(e => (Week: WeekStart(e.OccurredAt), e.Kind))
            .Select(g => new WeekVolume(g.Key.Week, g.Key.Kind, g.Count()))
            .OrderBy(w => w.WeekStart).ThenBy(w => w.Kind).ToList();
        var figures = OversightStatistics.Of(events.Select(e => (e.Kind, e.SecondsSpent)));
        var latest = await db.OversightEvents.AsNoTracking().Where(e => e.AiSystemId == aiSystemId)
            .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id).Take(LatestCount).ToListAsync(ct);
        return new SystemOversight(aiSystemId, name, from, to, figures, RubberStampRule.Flags(figures, thresholds), overseers, weeks, latest, thresholds);
    }

    /// <summary>
    /// One overseer's figures per system. Those who see the dashboards see anyone's; an overseer sees their own
    /// (<see cref="Permission.LogOversightEvents"/>), as employees see data about themselves (note §5.5).
    /// </summary>
    public async Task<Result<OverseerOversight>> ForOverseerAsync(Guid memberId, CancellationToken ct)
    {
        var own = scope.Actor.MemberId == memberId && scope.Actor.Deny(Permission.LogOversightEvents) is null;
        if (!own && scope.Actor.Deny(Permission.ViewOversightDashboard) is { } denied)
        {
            return denied;
        }

        if (await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.DisplayName).FirstOrDefaultAsync(ct) is not { } name)
        {
            return new WorkplaceNotFound("Member", memberId);
        }

        var (from, to, since) = Window();
        var events = await db.OversightEvents.AsNoTracking().Where(e => e.OverseerMemberId == memberId && e.OccurredAt >= since)
            .Select(e => new { e.AiSystemId, e.Kind, e.SecondsSpent }).ToListAsync(ct);
        var systemIds = events.Select(e => e.AiSystemId).Distinct().ToList();
        var systems = await db.AiSystems.AsNoTracking().Where(s => systemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var thresholds = options.Value;
        var rows = events.GroupBy(e => e.AiSystemId)
            .Select(g => (Id: g.Key, Figures: OversightStatistics.Of(g.Select(e => (e.Kind, e.SecondsSpent)))))
            .Select(r => new SystemRow(r.Id, systems[r.Id], r.Figures, RubberStampRule.Flags(r.Figures, thresholds)))
            .OrderBy(r => r.SystemName, StringComparer.CurrentCulture).ToList();
        var latest = await db.OversightEvents.AsNoTracking().Where(e => e.OverseerMemberId == memberId)
            .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id).Take(LatestCount).ToListAsync(ct);
        return new OverseerOversight(memberId, name, from, to, rows, latest, thresholds);
    }

    private OverseerRow Row(Guid member, IReadOnlyDictionary<Guid, string> names, OversightFigures figures) =>
        new(member, names.GetValueOrDefault(member, "?"), figures, RubberStampRule.Flags(figures, options.Value));

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> members, CancellationToken ct)
    {
        var ids = members.Distinct().ToList();
        return await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
    }

    /// <summary>The window's first and last day (Amsterdam) and the instant it starts.</summary>
    private (DateOnly From, DateOnly To, DateTimeOffset Since) Window()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
        var from = today.AddDays(1 - options.Value.WindowDays);
        var start = from.ToDateTime(TimeOnly.MinValue);
        return (from, today, new DateTimeOffset(start, Zone.GetUtcOffset(start)).ToUniversalTime()); // PostgreSQL stores UTC only
    }

    /// <summary>The Monday of the week <paramref name="at"/> falls in, in Amsterdam time.</summary>
    public static DateOnly WeekStart(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}

using Regie.Workplace.Oversight;

namespace Regie.Web.Api.Workplace;

internal sealed record OversightCapabilityDto(string Code, string Article, string? Evidence);

internal sealed record OversightDesignDto(
    OversightModel Model, IReadOnlyList<OversightCapabilityDto> Capabilities, string? Staffing, int SecondsPerCase,
    string? Escalation, DateTimeOffset? UpdatedAt);

internal sealed record OversightAssignmentDto(Guid MemberId, bool CanOverride, bool CanStop, double HoursPerWeek, Guid? BackupMemberId);

internal sealed record OversightPlanDto(Guid AiSystemId, OversightDesignDto? Design, IReadOnlyList<OversightAssignmentDto> Assignments);

internal sealed record OversightEventDto(
    Guid Id, Guid AiSystemId, Guid OverseerMemberId, OversightEventKind Kind, string CaseReference, int SecondsSpent,
    DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, bool PostedBySystem);

internal sealed record OversightFiguresDto(
    int Cases, int Accepted, int Modified, int Overridden, int Stopped, int Escalated, double? AcceptanceRate,
    double? OverrideRate, double? MedianSeconds, double? P90Seconds);

internal sealed record OverseerFiguresDto(Guid MemberId, string Name, OversightFiguresDto Figures, bool RubberStamp);

internal sealed record WeekVolumeDto(DateOnly WeekStart, OversightEventKind Kind, int Cases);

internal sealed record RubberStampRuleDto(int MinimumCases, double AcceptanceAtLeast, double MedianSecondsBelow, int WindowDays);

internal sealed record SystemOversightDto(
    Guid AiSystemId, string Name, DateOnly From, DateOnly To, OversightFiguresDto Figures, bool RubberStamp,
    IReadOnlyList<OverseerFiguresDto> Overseers, IReadOnlyList<WeekVolumeDto> Weeks, IReadOnlyList<OversightEventDto> Latest,
    RubberStampRuleDto Rule);

internal sealed record SystemFiguresDto(Guid AiSystemId, string Name, OversightFiguresDto Figures, bool RubberStamp);

internal sealed record OverseerOversightDto(
    Guid MemberId, string Name, DateOnly From, DateOnly To, IReadOnlyList<SystemFiguresDto> Systems,
    IReadOnlyList<OversightEventDto> Latest, RubberStampRuleDto Rule);

internal sealed record OversightKeyDto(Guid Id, Guid AiSystemId, string Label, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A key just made; <see cref="Secret"/> is shown this once and never again.</summary>
internal sealed record IssuedOversightKeyDto(OversightKeyDto Key, string Secret);

internal static class OversightDtoMapping
{
    public static OversightPlanDto ToDto(this OversightPlan plan) =>
        new(plan.System.Id, plan.Design?.ToDto(), [.. plan.Assignments.Select(a => a.ToDto())]);

    public static OversightDesignDto ToDto(this OversightDesign d) => new(
        d.Model,
        [
            new("a", "AI Act art. 14(4)(a)", d.UnderstandEvidence),
            new("b", "AI Act art. 14(4)(b)", d.AutomationBiasEvidence),
            new("c", "AI Act art. 14(4)(c)", d.InterpretEvidence),
            new("d", "AI Act art. 14(4)(d)", d.OverrideEvidence),
            new("e", "AI Act art. 14(4)(e)", d.StopEvidence),
        ],
        d.Staffing, d.SecondsPerCase, d.Escalation, d.UpdatedAt);

    public static OversightAssignmentDto ToDto(this OversightAssignment a) => new(a.MemberId, a.CanOverride, a.CanStop, a.HoursPerWeek, a.BackupMemberId);

    public static OversightEventDto ToDto(this OversightEvent e) =>
        new(e.Id, e.AiSystemId, e.OverseerMemberId, e.Kind, e.CaseReference, e.SecondsSpent, e.OccurredAt, e.RecordedAt, e.ApiKeyId is not null);

    public static OversightFiguresDto ToDto(this OversightFigures f) => new(
        f.Cases, f.Accepted, f.Modified, f.Overridden, f.Stopped, f.Escalated, f.AcceptanceRate, f.OverrideRate, f.MedianSeconds, f.P90Seconds);

    public static RubberStampRuleDto ToRuleDto(this OversightOptions o) =>
        new(o.RubberStampMinimumCases, o.RubberStampAcceptance, o.RubberStampMedianSeconds, o.WindowDays);

    public static SystemOversightDto ToDto(this SystemOversight s) => new(
        s.AiSystemId, s.SystemName, s.From, s.To, s.Figures.ToDto(), s.RubberStamp,
        [.. s.Overseers.Select(o => new OverseerFiguresDto(o.MemberId, o.Name, o.Figures.ToDto(), o.RubberStamp))],
        [.. s.Weeks.Select(w => new WeekVolumeDto(w.WeekStart, w.Kind, w.Cases))],
        [.. s.Latest.Select(e => e.ToDto())], s.Thresholds.ToRuleDto());

    public static OverseerOversightDto ToDto(this OverseerOversight o) => new(
        o.MemberId, o.Name, o.From, o.To,
        [.. o.Systems.Select(s => new SystemFiguresDto(s.AiSystemId, s.SystemName, s.Figures.ToDto(), s.RubberStamp))],
        [.. o.Latest.Select(e => e.ToDto())], o.Thresholds.ToRuleDto());

    public static OversightKeyDto ToDto(this OversightApiKey k) => new(k.Id, k.AiSystemId, k.Label, k.Prefix, k.CreatedAt, k.RevokedAt);
}

using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Statistics;

namespace Regie.Web.Api.Workplace;

internal sealed record PulseSurveyDto(Guid Id, Guid AiSystemId, string InstrumentVersion, int K, int MinDistinctAnswers);

internal sealed record PulseWaveDto(Guid Id, Guid SurveyId, string Label, WaveKind Kind, WaveStatus Status);

internal sealed record PulseWaveRowDto(Guid Id, string Label, WaveKind Kind, WaveStatus Status, IReadOnlyDictionary<Guid, int> LinksIssued);

internal sealed record IssuedLinksDto(Guid WaveId, Guid WorkerGroupId, string[] Links);

internal sealed record PulseThresholdDto(Guid Id, string Dimension, PulseIndicator Indicator, ChangeDirection Direction, double Amount);

internal sealed record PulseFlagDto(Guid Id, Guid AiSystemId, Guid WaveId, Guid? WorkerGroupId, string Dimension, Guid ThresholdId, double Change, DateTimeOffset RaisedAt, Guid? MeasureId);

internal sealed record NamedGroupDto(Guid Id, string Name);

/// <summary>A cell; suppressed cells carry no numbers.</summary>
internal sealed record PulseCellDto(Guid WaveId, Guid? WorkerGroupId, bool Published, SuppressionReason Suppressed, int? Respondents, PulseDimensionDto[] Dimensions);

/// <summary>Mean score and share of high scores (0–1) of a dimension in a published cell.</summary>
internal sealed record PulseDimensionDto(string Code, int N, double Mean, double ShareHigh);

internal sealed record PulseChangeDto(Guid FromWave, Guid ToWave, Guid? WorkerGroupId, string Dimension, Interval Mean, Interval SharePoints);

internal sealed record PulseDashboardDto(
    PulseSurveyDto Survey,
    string AiSystemName,
    PulseWaveRowDto[] Waves,
    NamedGroupDto[] WorkerGroups,
    PulseCellDto[] Cells,
    PulseChangeDto[] Changes,
    PulseThresholdDto[] Thresholds,
    PulseFlagDto[] Flags);

internal static class PulseDtoMapping
{
    public static PulseSurveyDto ToDto(this PulseSurvey s) => new(s.Id, s.AiSystemId, s.InstrumentVersion, s.K, s.MinDistinctAnswers);

    public static PulseWaveDto ToDto(this PulseWave w) => new(w.Id, w.SurveyId, w.Label, w.Kind, w.Status);

    public static PulseThresholdDto ToDto(this PulseThreshold t) => new(t.Id, t.Dimension, t.Indicator, t.Direction, t.Amount);

    public static PulseFlagDto ToDto(this PulseFlag f) => new(f.Id, f.AiSystemId, f.WaveId, f.WorkerGroupId, f.Dimension, f.ThresholdId, f.Change, f.RaisedAt, f.MeasureId);

    public static PulseDashboardDto ToDto(this PulseDashboard d) => new(
        d.Survey.ToDto(),
        d.AiSystemName,
        [.. d.Waves.Select(w => new PulseWaveRowDto(w.Id, w.Label, w.Kind, w.Status, w.LinksIssued))],
        [.. d.WorkerGroups.Select(g => new NamedGroupDto(g.Id, g.Name))],
        [.. d.Table.Cells.Select(c => new PulseCellDto(c.WaveId, c.WorkerGroupId, c.IsPublished, c.Suppressed, c.Respondents,
            [.. c.Dimensions.Select(x => new PulseDimensionDto(x.Code, x.N, x.Mean, x.ShareHigh))]))],
        [.. d.Changes.Select(c => new PulseChangeDto(c.FromWave, c.ToWave, c.WorkerGroupId, c.Dimension, c.Mean, c.SharePoints))],
        [.. d.Thresholds.Select(t => t.ToDto())],
        [.. d.Flags.Select(f => f.ToDto())]);
}

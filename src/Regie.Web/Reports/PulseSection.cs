using System.Globalization;
using Regie.Core.Documents;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Aggregation;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Pulse.Statistics;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>
/// The job-quality pulse before and after: waves, how many answered per published cell (hidden below k), the change
/// from the baseline with its 95 % interval, and the flags thresholds raised. Aggregates only, as on the pulse page.
/// </summary>
internal static class PulseSection
{
    public static ReportSection Section(SystemReport report, ReportTexts t)
    {
        if (!report.Pulse.TryGetValue(out var board))
        {
            return new ReportSection("pulse", t["SectionPulse"], t.Unavailable(report.Pulse.Error!));
        }

        if (board is null)
        {
            return new ReportSection("pulse", t["SectionPulse"], new ReportNotice(t["NoPulse"], ReportNoticeKind.Warning));
        }

        var p = t.Pulse;
        string Group(Guid? id) => id is { } g ? board.WorkerGroups.FirstOrDefault(x => x.Id == g).Name ?? "" : p["ColTotal"];
        string Wave(Guid id) => board.Waves.FirstOrDefault(w => w.Id == id)?.Label ?? "";
        var instrument = InstrumentFile.Current;
        string Dimension(string code) => instrument.Dimension(code)?.Name.For(ReportTexts.English) ?? code;

        var waves = new ReportTable("pulse-waves", t["WavesCaption"],
            [new(t["ColWave"]), new(t["ColKind"]), new(t["ColStatus"]), new(t["ColLinks"], ReportColumnKind.Number)],
            [.. board.Waves.Select(w => (IReadOnlyList<ReportCell>)[w.Label, p["Kind_" + w.Kind].Value, p["Status_" + w.Status].Value,
                Cells.Count(w.LinksIssued.Values.Sum())])],
            null, t["NoWaves"]);
        var respondents = new ReportTable("pulse-respondents", t["RespondentsCaption", board.Table.K],
            [new(t["ColWave"]), new(t["ColGroup"]), new(t["ColRespondents"], ReportColumnKind.Number)],
            [.. board.Table.Cells.OrderBy(c => Wave(c.WaveId), StringComparer.CurrentCulture).ThenBy(c => c.WorkerGroupId is null)
                .Select(c => (IReadOnlyList<ReportCell>)[Wave(c.WaveId), Group(c.WorkerGroupId),
                    c.IsPublished && c.Respondents is { } n ? Cells.Count(n) : new ReportCell(p["Hidden_" + c.Suppressed])])],
            t["PulseSource", instrument.Title.For(ReportTexts.English), instrument.Version], t["NoWaves"]);
        var changes = new ReportTable("pulse-changes", p["ChangesCaption"],
            [new(t["ColWave"]), new(t["ColGroup"]), new(t["ColDimension"]), new(p["ColShareChange"], ReportColumnKind.Number),
                new(p["ColMeanChange"], ReportColumnKind.Number)],
            [.. board.Changes.Select(c => (IReadOnlyList<ReportCell>)[Wave(c.ToWave), Group(c.WorkerGroupId), Dimension(c.Dimension),
                Change(c.SharePoints, t), Change(c.Mean, t)])],
            p["Method"], t["NoChanges"]);
        List<ReportBlock> blocks = [new ReportParagraph(t["PulseIntro", board.Table.K]), waves, respondents, changes];
        if (board.Flags.Count > 0)
        {
            blocks.Add(new ReportNotice(t["PulseFlags", board.Flags.Count], ReportNoticeKind.Warning));
            blocks.Add(new ReportList([.. board.Flags.Select(f =>
                t["PulseFlagLine", Dimension(f.Dimension), Group(f.WorkerGroupId), Wave(f.WaveId), f.Change.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture)])]));
        }

        return new ReportSection("pulse", t["SectionPulse"], blocks);
    }

    private static ReportCell Change(Interval i, ReportTexts t) =>
        new(t.Pulse["IntervalText", Signed(i.Estimate), Signed(i.Lower), Signed(i.Upper)], (decimal)Math.Round(i.Estimate, 4));

    private static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture);
}

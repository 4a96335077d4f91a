using Regie.Core.Documents;
using Regie.Workplace.Measures;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>Every measure of the system — against assessed risks and the works council's conditions — with who verifies it.</summary>
internal static class MeasuresSection
{
    public static ReportSection Section(SystemReport report, ReportTexts t)
    {
        if (!report.Measures.TryGetValue(out var measures))
        {
            return new ReportSection("measures", t["SectionMeasures"], t.Unavailable(report.Measures.Error!));
        }

        var overdue = measures.Count(m => IsOverdue(m, report.Today));
        List<ReportBlock> blocks =
        [
            new ReportTable("measures", t["MeasuresCaption"],
                [new(t["ColMeasure"]), new(t["ColSource"]), new(t["ColOwner"]), new(t["ColDue"], ReportColumnKind.Date), new(t["ColStatus"]),
                    new(t["ColVerification"])],
                [.. measures.OrderBy(m => m.DueDate ?? DateOnly.MaxValue).ThenBy(m => m.Title, StringComparer.CurrentCulture)
                    .Select(m => (IReadOnlyList<ReportCell>)[m.Title, t[$"MeasureSource_{m.Source}"], report.Member(m.OwnerMemberId), Cells.Date(m.DueDate),
                        t.Assessment["MeasureStatus_" + m.Status].Value, Verification(m, t)])],
                null, t["NoMeasures"]),
        ];
        if (overdue > 0)
        {
            blocks.Insert(0, new ReportNotice(t["MeasuresOverdue", overdue], ReportNoticeKind.Warning));
        }

        return new ReportSection("measures", t["SectionMeasures"], blocks);
    }

    /// <summary>Past its due date and not settled.</summary>
    public static bool IsOverdue(Measure m, DateOnly today) => m.DueDate is { } due && due < today && !m.IsSettled;

    private static string Verification(Measure m, ReportTexts t) => m switch
    {
        { NeedsWorksCouncilVerification: true, WorksCouncilVerifiedAt: { } at } => t["VerifiedByCouncil", ReportTexts.Moment(at)],
        { NeedsWorksCouncilVerification: true } => t["AwaitingCouncil"],
        { VerifiedBy: { Length: > 0 } by } => by,
        _ => "",
    };
}

using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>The national summary as tables: employment per ILO class (2025 and 2023) and every index's national figures.</summary>
internal static class SummaryExports
{
    /// <param name="period">Employment period of the data, for the file name.</param>
    public static ExportDocument ToExport(this AtlasSummary summary, string period)
    {
        var classes = summary.Ilo2025Classes.Select(c => (Index: "ilo-2025", Class: c))
            .Concat(summary.Ilo2023Classes.Select(c => (Index: "ilo-2023", Class: c)));
        return new ExportDocument(
            "summary",
            period,
            "Regie exposure atlas: national summary",
            [
                new TableBuilder<(string Index, ClassShare Class)>("classes", "Classes")
                    .Text("index", row => row.Index)
                    .Text("classId", row => row.Class.ClassId)
                    .Text("label", row => row.Class.Label)
                    .Number("share", row => row.Class.Share)
                    .Integer("persons", row => row.Class.Persons)
                    .Build(classes),
                new TableBuilder<IndexSummary>("indices", "Indices")
                    .Text("indexId", row => row.IndexId)
                    .Number("weightedMean", row => row.WeightedMean)
                    .Number("weightedPercentile", row => row.WeightedPercentile)
                    .Number("employmentCoverage", row => row.EmploymentCoverage)
                    .Integer("brcGroupsCovered", row => row.BrcGroupsCovered)
                    .Integer("unitGroupsCovered", row => row.UnitGroupsCovered)
                    .Integer("unitGroupsTotal", row => row.UnitGroupsTotal)
                    .Build(summary.Indices),
            ],
            new ExportProvenance(summary.Sources, summary.AggregationRule, summary.Caveats));
    }
}

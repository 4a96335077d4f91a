using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>The index comparison as a download: index descriptors, rank correlations and largest disagreements.</summary>
internal static class IndexExports
{
    /// <param name="period">Employment period of the data, for the file name.</param>
    public static ExportDocument ToExport(this IndexComparison comparison, string period) => new(
        "indices",
        period,
        "Regie exposure atlas: comparison of exposure indices",
        [
            new TableBuilder<RankCorrelation>("correlations", "Rank correlations")
                .Text("indexA", row => row.IndexA)
                .Text("indexB", row => row.IndexB)
                .Text("level", row => row.Level)
                .Number("rho", row => row.Rho)
                .Integer("n", row => row.N)
                .Build(comparison.Correlations),
            new TableBuilder<RankDisagreement>("disagreements", "Disagreements")
                .Text("level", row => row.Level)
                .Text("code", row => row.Code)
                .Text("title", row => row.Title)
                .Text("indexA", row => row.IndexA)
                .Text("indexB", row => row.IndexB)
                .Number("percentileA", row => row.PercentileA)
                .Number("percentileB", row => row.PercentileB)
                .Number("gap", row => row.Gap)
                .Build(comparison.Disagreements),
            new TableBuilder<IndexDescriptor>("indices", "Indices")
                .Text("id", row => row.Id)
                .Text("name", row => row.Name)
                .Text("version", row => row.Version)
                .Text("measures", row => row.Measures)
                .Text("scale", row => row.Scale)
                .Text("crosswalkRoute", row => row.CrosswalkRoute)
                .Integer("unitGroupsCovered", row => row.UnitGroupsCovered)
                .Integer("unitGroupsTotal", row => row.UnitGroupsTotal)
                .Text("citation", row => row.Citation)
                .Text("licence", row => row.Licence)
                .Build(comparison.Indices),
        ],
        new ExportProvenance(comparison.Sources, null, comparison.Caveats));
}

using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>Exposure by pay band, sex and education as one table; <c>dimension</c> says which view a row belongs to.</summary>
internal static class GroupExports
{
    /// <param name="period">Employment period of the data, for the file name.</param>
    public static ExportDocument ToExport(this GroupViews views, string period)
    {
        var rows = views.PayBands.Select(group => (Dimension: "payBand", Group: group))
            .Concat(views.Sex.Select(group => (Dimension: "sex", Group: group)))
            .Concat(views.Education.Select(group => (Dimension: "education", Group: group)));
        var rule = $"{views.AggregationRule} {views.PayBandRule}";
        return new ExportDocument(
            "groups",
            period,
            "Regie exposure atlas: exposure by pay band, sex and education",
            [
                new TableBuilder<(string Dimension, GroupExposure Group)>("groups", "Groups")
                    .Text("dimension", row => row.Dimension)
                    .Text("groupId", row => row.Group.GroupId)
                    .Text("label", row => row.Group.Label)
                    .Integer("employed", row => row.Group.Employed)
                    .Number("weightedMean", row => row.Group.WeightedMean)
                    .Ilo2025Shares(row => row.Group.Ilo2025Classes)
                    .Build(rows),
            ],
            new ExportProvenance(views.Sources, rule, views.Caveats));
    }
}

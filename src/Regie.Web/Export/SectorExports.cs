using System.Globalization;
using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>The sector view as a download: NACE sections and ISCO major groups.</summary>
internal static class SectorExports
{
    public static ExportDocument ToExport(this SectorList list) => new(
        "sectors",
        list.Year.ToString(CultureInfo.InvariantCulture),
        $"Regie exposure atlas: NACE sections, {list.Year}",
        [
            new TableBuilder<SectorRow>("sectors", "Sectors")
                .Text("section", row => row.Section)
                .Text("labelNl", row => row.LabelNl)
                .Text("labelEn", row => row.LabelEn)
                .Number("employedThousands", row => row.EmployedThousands)
                .Number("exposure", row => row.Exposure)
                .Number("wageWeightedExposure", row => row.WageWeightedExposure)
                .Ilo2025Shares(row => row.Ilo2025Classes)
                .Integer("suppressedCells", row => row.SuppressedCells)
                .Build(list.Sectors),
            new TableBuilder<MajorGroupExposure>("major-groups", "ISCO major groups")
                .Text("code", row => row.Code)
                .Text("titleEn", row => row.TitleEn)
                .Number("exposure", row => row.Exposure)
                .Ilo2025Shares(row => row.Ilo2025Classes)
                .Build(list.MajorGroups),
        ],
        new ExportProvenance(list.Sources, list.AggregationRule, list.Caveats));
}

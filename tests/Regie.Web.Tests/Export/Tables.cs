using Regie.Core.Provenance;
using Regie.Monitor.Atlas;
using Regie.Web.Export;

namespace Regie.Web.Tests.Export;

/// <summary>Small export tables for the writer tests; the API tests export the real atlas.</summary>
internal static class Tables
{
    public static ExportProvenance Provenance { get; } = new(
        [new SourceRef("ilo-2025", "ILO 2025 (Gmyrek et al.)"), new SourceRef("cbs-85276ned", "CBS 85276NED, 2025 Q4")],
        "Mean of the unit groups' scores.",
        ["Exposure is not job loss."]);

    public static IReadOnlyList<SourceInfo> Catalogue { get; } =
    [
        new("ilo-2025", "Generative AI and jobs", "ILO", "WP 140", "2025", ["ilo/scores.xlsx"], "ilo.org", "CC BY 4.0", "© ILO 2025, adapted.", "https://www.ilo.org"),
    ];

    public static ExportTable Occupations(params (string Code, string Title, double? Exposure, long? Employed)[] rows) =>
        new TableBuilder<(string Code, string Title, double? Exposure, long? Employed)>("occupations", "Occupations")
            .Text("code", row => row.Code)
            .Text("title", row => row.Title)
            .Number("exposure", row => row.Exposure)
            .Integer("employed", row => row.Employed)
            .Build(rows);

    public static ExportDocument Document(ExportTable table) =>
        new("occupations", "2025 Q4", "Test workbook", [table, Occupations(("9999", "Other", null, null)) with { Id = "other", SheetName = "Other" }], Provenance);
}

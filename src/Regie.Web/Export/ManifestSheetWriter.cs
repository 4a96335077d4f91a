using ClosedXML.Excel;
using Regie.Monitor.Scenarios.Engine;

namespace Regie.Web.Export;

/// <summary>Fills the Excel file's "Manifest" sheet: the manifest lines, then the non-primary values, the assumptions and the scenario JSON.</summary>
internal static class ManifestSheetWriter
{
    public static void Add(IXLWorksheet sheet, RunManifest manifest, string runId)
    {
        var row = 1;
        foreach (var line in ScenarioExports.ManifestLines(manifest, runId))
        {
            sheet.Cell(row++, 1).SetValue(line);
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        row = Section(sheet, row + 1, "Values not from a primary source (check before relying on them)", manifest.NonPrimaryValues);
        row = Section(sheet, row + 1, "Engine assumptions", manifest.Assumptions);
        Section(sheet, row + 1, "Scenario (canonical JSON)", [manifest.ScenarioJson]);
        sheet.Column(1).Width = 120;
    }

    private static int Section(IXLWorksheet sheet, int row, string title, IReadOnlyList<string> lines)
    {
        sheet.Cell(row, 1).SetValue(title).Style.Font.Bold = true;
        foreach (var line in lines)
        {
            sheet.Cell(++row, 1).SetValue(line);
        }

        return row + 1;
    }
}

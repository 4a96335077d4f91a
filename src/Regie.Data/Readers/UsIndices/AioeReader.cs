using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// Felten, Raj &amp; Seamans AIOE (2021) and the language-modelling AIOE (Felten et al. 2023): z-scores per
/// SOC 2010 detailed occupation.
/// </summary>
internal static class AioeReader
{
    public const string AioeFile = "aioe/AIOE_DataAppendix.xlsx";
    public const string LanguageModellingFile = "aioe/Language Modeling AIOE and AIIE.xlsx";
    private const string Code = "SOC Code";

    public static IReadOnlyList<SourceScore> ReadAioe(ShippedData data) =>
        Read(data, AioeFile, "Appendix A", "AIOE");

    public static IReadOnlyList<SourceScore> ReadLanguageModelling(ShippedData data) =>
        Read(data, LanguageModellingFile, "LM AIOE", "Language Modeling AIOE");

    private static IReadOnlyList<SourceScore> Read(ShippedData data, string file, string sheetName, string column)
    {
        var sheet = Sheet.Read(data, file, sheetName, headerRow: 1).Require(Code, column);
        var table = new SourceScoreTable();
        foreach (var row in sheet.Rows)
        {
            if (SocCrosswalks.IsBlank(row, Code, column))
            {
                continue;
            }

            table.Add(SocCodes.Soc(row, Code), row.Number(column), row.RowNumber, p => row.Error(Code, p));
        }

        return table.Scores;
    }
}

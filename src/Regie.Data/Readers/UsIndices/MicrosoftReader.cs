using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// Tomlinson et al. (2025), Microsoft "Working with AI": AI applicability score per SOC 2018 occupation
/// (observed Bing Copilot use; 0–0.49 in the shipped release).
/// </summary>
internal static class MicrosoftReader
{
    public const string File = "microsoft_working_with_ai/soc_ai_applicability_scores.csv";
    private const string Code = "SOC Code";
    private const string Score = "ai_applicability_score";

    public static IReadOnlyList<SourceScore> Read(ShippedData data)
    {
        using var csv = CsvTable.Open(data, File, ',', Code, Score);
        var table = new SourceScoreTable();
        while (csv.Read())
        {
            var code = SocCodes.Soc(csv, Code);
            var score = csv.Number(Score);
            if (score is < 0 or > 1)
            {
                throw csv.Error(Score, $"{score} is outside the score's range 0 to 1.");
            }

            table.Add(code, score, csv.Row, p => csv.Error(Code, p));
        }

        return table.Scores;
    }
}

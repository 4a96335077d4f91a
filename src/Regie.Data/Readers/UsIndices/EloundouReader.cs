using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// Eloundou et al. ("GPTs are GPTs", 2024): β = E1 + 0.5·E2 rated by GPT-4 (<c>dv_rating_beta</c>), the share of
/// an O*NET-SOC 2019 occupation's tasks exposed, in [0, 1].
/// </summary>
internal static class EloundouReader
{
    public const string File = "openai_gpts/occ_level.csv";
    private const string Code = "O*NET-SOC Code";
    private const string Beta = "dv_rating_beta";

    public static IReadOnlyList<SourceScore> Read(ShippedData data)
    {
        using var csv = CsvTable.Open(data, File, ',', Code, Beta);
        var table = new SourceScoreTable();
        while (csv.Read())
        {
            var code = SocCodes.OnetSoc(csv, Code);
            var beta = csv.Number(Beta);
            if (beta is < 0 or > 1)
            {
                throw csv.Error(Beta, $"{beta} is not a share between 0 and 1.");
            }

            table.Add(code, beta, csv.Row, p => csv.Error(Code, p));
        }

        return table.Scores;
    }
}
